package kz.creativeeconomy.http.resilience;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tells a failure of the database's availability (down, unreachable, out of connections, a statement cancelled by its
 * timeout) from a bug. The first kind is not the client's fault nor a defect: it answers 503 with Retry-After, where
 * anything else stays a logged 500. The cause chain is searched because Hibernate, Narayana and the services wrap the
 * driver's SQLException in their own exceptions.
 */
public final class DatabaseFailures {

    public enum Kind {
        UNREACHABLE("The database cannot be reached just now. Responses already in the server's cache are still served; "
                + "this one needs the database. Retry after the time given in Retry-After."),
        TIMED_OUT("The database did not answer within the statement timeout (the data this request reads may be locked by a "
                + "long write). Nothing was changed. Retry after the time given in Retry-After, or narrow the request."),
        BUSY("Every database connection stayed busy for longer than the server waits for one. Nothing was changed. "
                + "Retry after the time given in Retry-After.");

        final String detail;

        Kind(String detail) {
            this.detail = detail;
        }

        public String detail() {
            return detail;
        }
    }

    /** Agroal's SQLException when no connection came free within the acquisition timeout; it has no SQLState. */
    static final String ACQUISITION_TIMEOUT = "acquisition timeout";

    private DatabaseFailures() {
    }

    public static Optional<Kind> classify(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            Kind kind = kindOf(t);
            if (kind != null) {
                return Optional.of(kind);
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.put(next, Boolean.TRUE) == null;
                     next = next.getNextException()) {
                    Kind chained = kindOf(next);
                    if (chained != null) {
                        return Optional.of(chained);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Kind kindOf(Throwable t) {
        if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                || t instanceof SocketTimeoutException) {
            return Kind.UNREACHABLE;
        }
        if (t instanceof jakarta.persistence.QueryTimeoutException || t instanceof jakarta.persistence.LockTimeoutException) {
            return Kind.TIMED_OUT;
        }
        if (!(t instanceof SQLException sql)) {
            return null;
        }
        Kind byState = byState(sql);
        return byState == null && openingAConnection(sql) ? Kind.UNREACHABLE : byState;
    }

    private static Kind byState(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            String message = sql.getMessage();
            return message != null && message.toLowerCase(java.util.Locale.ROOT).contains(ACQUISITION_TIMEOUT) ? Kind.BUSY : null;
        }
        return switch (state) {
            case "57014", "55P03" -> Kind.TIMED_OUT; // query_canceled (statement_timeout), lock_not_available
            case "57P01", "57P02", "57P03" -> Kind.UNREACHABLE; // admin/crash shutdown, cannot connect now (starting up)
            case "53300", "53400" -> Kind.BUSY; // too_many_connections, configuration_limit_exceeded
            default -> state.startsWith("08") ? Kind.UNREACHABLE : null; // connection exceptions
        };
    }

    /**
     * Whether the driver failed while it opened a connection, before any statement ran. Whatever went wrong there (the
     * server gone, its answer late, or the opening cut short: under overload the pool interrupts the thread that opens a
     * connection for a request that stopped waiting, and the driver reports "Interrupted while attempting to connect" as
     * an unexpected error with SQLState 99999) is a failure to reach the database, not a defect of the request.
     */
    private static boolean openingAConnection(SQLException sql) {
        for (StackTraceElement frame : sql.getStackTrace()) {
            if ("connect".equals(frame.getMethodName()) && "org.postgresql.Driver".equals(frame.getClassName())) {
                return true;
            }
        }
        return false;
    }
}
