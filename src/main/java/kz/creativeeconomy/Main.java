package kz.creativeeconomy;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kz.creativeeconomy.auth.ApiKeyCommand;
import kz.creativeeconomy.database.EmbeddedDatabase;
import kz.creativeeconomy.startup.ClassArchiveTraining;

/** Starts the API, first starting an embedded PostgreSQL when no external database is configured. */
@QuarkusMain
public class Main {

    static {
        // The jar is an uber-jar (application.properties, "Start-up") whose Main-Class is this class, not Quarkus's launcher,
        // which sets this before anything logs; the embedded database and the AppCDS training log before Quarkus starts.
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
    }

    public static void main(String... args) throws Exception {
        if (args.length > 0 && args[0].equals("api-key")) {
            System.exit(ApiKeyCommand.run(java.util.List.of(args).subList(1, args.length)));
        }
        // The build's AppCDS run (quarkus.package.jar.appcds.enabled): a full start on a throw-away database.
        if (ClassArchiveTraining.requested()) {
            ClassArchiveTraining.run(args);
            return;
        }
        if (EmbeddedDatabase.externalDatabaseConfigured()) {
            Quarkus.run(args);
            return;
        }
        try (EmbeddedPostgres postgres = EmbeddedDatabase.start()) {
            Quarkus.run(args);
        }
    }
}
