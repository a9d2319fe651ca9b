package kz.creativeeconomy;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kz.creativeeconomy.auth.ApiKeyCommand;
import kz.creativeeconomy.database.EmbeddedDatabase;

/** Starts the API, first starting an embedded PostgreSQL when no external database is configured. */
@QuarkusMain
public class Main {

    public static void main(String... args) throws Exception {
        if (args.length > 0 && args[0].equals("api-key")) {
            System.exit(ApiKeyCommand.run(java.util.List.of(args).subList(1, args.length)));
        }
        // The build's AppCDS run (quarkus.package.jar.appcds.enabled) only boots Quarkus's static part and exits: no database.
        if (EmbeddedDatabase.externalDatabaseConfigured() || Boolean.getBoolean("quarkus.appcds.generate")) {
            Quarkus.run(args);
            return;
        }
        try (EmbeddedPostgres postgres = EmbeddedDatabase.start()) {
            Quarkus.run(args);
        }
    }
}
