package kz.creativeeconomy.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of the suite shares one embedded PostgreSQL and one application start. */
@QuarkusTestResource(PostgresResource.class)
public final class TestDatabase {
    private TestDatabase() {
    }
}
