package kz.creativeeconomy;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kz.creativeeconomy.database.EmbeddedDatabase;

/** Starts the API, first starting an embedded PostgreSQL when no external database is configured. */
@QuarkusMain
public class Main {

    public static void main(String... args) throws Exception {
        if (EmbeddedDatabase.externalDatabaseConfigured()) {
            Quarkus.run(args);
            return;
        }
        try (EmbeddedPostgres postgres = EmbeddedDatabase.start()) {
            Quarkus.run(args);
        }
    }
}
