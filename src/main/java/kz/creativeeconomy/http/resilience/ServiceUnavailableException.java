package kz.creativeeconomy.http.resilience;

/** Ends a request with {@link Unavailable}'s 503: thrown where the service decides itself that it cannot serve now. */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String detail) {
        super(detail, null, false, false);
    }
}
