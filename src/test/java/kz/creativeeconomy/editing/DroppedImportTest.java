package kz.creativeeconomy.editing;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import javax.sql.DataSource;
import kz.creativeeconomy.support.Activity;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import org.junit.jupiter.api.Test;

/** A client that goes away in the middle of an upload leaves the data exactly as it was (issue 17, point 7). */
@QuarkusTest
class DroppedImportTest {

    @Inject
    Keys keys;
    @Inject
    DataSource dataSource;

    @Test
    void anImportWhoseClientDropsMidwayWritesNothingAndHoldsNoLock() throws Exception {
        String etag = Api.given().get("/v1/observations").then().statusCode(200).extract().header("ETag");
        StringBuilder csv = new StringBuilder("indicator_code,region_code,period_code,breakdown_dimension,breakdown_member,value,status,footnote,source_id\n");
        for (int n = 0; n < 20_000; n++) {
            csv.append("creative-gva,631010000,").append(String.format("%d-%02d", 2200 + n / 12, n % 12 + 1)).append(",,,").append(n).append(".5,provisional,,authors-text\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/imports?reason=dropped HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + Keys.bearer(keys.editor())
                    + "\r\nContent-Type: text/csv; charset=UTF-8\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            // Whole lines, so that what arrived would be a valid file of its own if the server took the end of the bytes as the end of the file.
            int half = csv.lastIndexOf("\n", body.length / 2) + 1;
            out.write(body, 0, half);
            out.flush();
            awaitImportRunning(true);
            socket.setSoLinger(true, 0);
        }
        awaitImportRunning(false);
        assertEquals(etag, Api.given().get("/v1/observations").then().statusCode(200).extract().header("ETag"));
        Api.given().queryParam("period", "2200-01").queryParam("region", "631010000").get("/v1/observations").then().statusCode(200)
                .body("items.size()", equalTo(0));
        // The import's advisory lock went with its transaction: the next import runs.
        Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("text/csv; charset=UTF-8").queryParam("reason", "after a drop")
                .body(csv.substring(0, csv.indexOf("\n", csv.indexOf("\n") + 1) + 1)).post("/v1/imports").then().statusCode(201);
    }

    private void awaitImportRunning(boolean running) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Activity.awaitCount(connection,
                    "select count(*) from pg_stat_activity where query like 'copy import_rows%' and state <> 'idle' and pid <> pg_backend_pid()",
                    copying -> (copying > 0) == running, 10_000, 20,
                    () -> running ? "the import never started copying" : "the dropped import is still running after 10 s");
        }
    }
}
