package kz.creativeeconomy.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drives a Java client that openapi-generator made from the committed contract, the way an integrator would call it,
 * through its own API classes (found by tag and operation id, so a new public read is called without a test change):
 * the first page of every list, a walk with next_cursor, one item by id for every read of one item, one 404 read
 * into the generated Problem model.
 */
final class GeneratedJavaClient {

    private static final Map<String, String> ID_GETTERS = Map.of("id", "getId", "code", "getCode", "code_or_slug", "getSlug", "year", "getYear");

    private final String packageName;
    private final Object apiClient;

    GeneratedJavaClient(String packageName, String baseUrl) throws ReflectiveOperationException {
        this.packageName = packageName;
        Class<?> type = Class.forName(packageName + ".ApiClient");
        apiClient = type.getConstructor().newInstance();
        // java/native has both: updateBaseUri takes the whole URL, its setBasePath only the path after the host. getMethods()
        // has no order, so taking whichever came first sometimes gave http://localhosthttp://127.0.0.1:... (an unresolvable
        // host: UnresolvedAddressException in some runs). java/okhttp-gson has only setBasePath, which takes the whole URL.
        Method base;
        try {
            base = type.getMethod("updateBaseUri", String.class);
        } catch (NoSuchMethodException okhttp) {
            base = type.getMethod("setBasePath", String.class);
        }
        base.invoke(apiClient, baseUrl);
    }

    /** Calls every public read; returns the operation ids it called. */
    Set<String> callEveryPublicRead(PublicReads contract) throws Exception {
        Set<String> called = new HashSet<>();
        for (PublicReads.Read read : contract.reads()) {
            Method method = method(read);
            Object[] arguments = required(read, method);
            if (read.pathParameter() != null) {
                Object list = call(contract.listOf(read), required(contract.listOf(read), method(contract.listOf(read))));
                List<?> items = (List<?>) list.getClass().getMethod("getItems").invoke(list);
                assertFalse(items.isEmpty(), read.listPath() + " is empty");
                Object item = items.get(0);
                arguments[read.parameters().indexOf(read.pathParameter())] = String.valueOf(item.getClass().getMethod(ID_GETTERS.get(read.pathParameter())).invoke(item));
                assertNotNull(call(read, arguments), read.operationId());
            } else {
                walk(read, method, arguments);
            }
            called.add(read.operationId());
        }
        return called;
    }

    /** Arguments with the contract's example for every required query parameter, null for the others. */
    private static Object[] required(PublicReads.Read read, Method method) {
        Object[] arguments = new Object[read.parameters().size()];
        read.examples().forEach((name, example) -> {
            int at = read.parameters().indexOf(name);
            arguments[at] = List.class.isAssignableFrom(method.getParameterTypes()[at]) ? List.of(example) : example;
        });
        return arguments;
    }

    /** The first page, then every next page by next_cursor (pages of 2 where the page size is an integer). */
    private void walk(PublicReads.Read read, Method method, Object[] arguments) throws Exception {
        int limit = read.parameters().indexOf("limit");
        if (limit >= 0 && method.getParameterTypes()[limit] == Integer.class) {
            arguments[limit] = 2;
        }
        Object page = call(read, arguments);
        assertNotNull(page, read.operationId());
        if (!hasMethod(page, "getNextCursor")) {
            return;
        }
        int pages = 1;
        int cursor = read.parameters().indexOf("cursor");
        for (Object next = page.getClass().getMethod("getNextCursor").invoke(page); next != null && pages < 500; pages++) {
            arguments[cursor] = next;
            page = call(read, arguments);
            assertFalse(((List<?>) page.getClass().getMethod("getItems").invoke(page)).isEmpty(), read.operationId() + " page " + pages);
            next = page.getClass().getMethod("getNextCursor").invoke(page);
        }
        assertTrue(pages < 500, read.operationId() + " never reached its last page");
    }

    /** A read of an unknown item: the client throws its ApiException, whose body the generated Problem model reads. */
    void readsA404AsAProblem(PublicReads contract) throws Exception {
        PublicReads.Read read = contract.reads().stream().filter(r -> r.path().equals("/v1/regions/{code_or_slug}")).findFirst().orElseThrow();
        Object[] arguments = new Object[read.parameters().size()];
        arguments[read.parameters().indexOf(read.pathParameter())] = "no-such-region";
        try {
            method(read).invoke(api(read.tag()), arguments);
            fail("no 404 for an unknown region");
        } catch (InvocationTargetException e) {
            Object error = e.getCause();
            assertEquals(404, error.getClass().getMethod("getCode").invoke(error));
            String body = (String) error.getClass().getMethod("getResponseBody").invoke(error);
            Object problem = problem(body);
            assertEquals(404, problem.getClass().getMethod("getStatus").invoke(problem));
            assertEquals("urn:creative-economy:problem:not-found", problem.getClass().getMethod("getType").invoke(problem));
        }
    }

    private Object problem(String body) throws Exception {
        Class<?> model = Class.forName(packageName + ".model.Problem");
        if (hasMethod(apiClient, "getObjectMapper")) { // java/native reads JSON with Jackson
            Object mapper = apiClient.getClass().getMethod("getObjectMapper").invoke(apiClient);
            return mapper.getClass().getMethod("readValue", String.class, Class.class).invoke(mapper, body, model);
        }
        return model.getMethod("fromJson", String.class).invoke(null, body); // java/okhttp-gson models read themselves
    }

    /** One call that must succeed; a failure names the read, its arguments and what the server answered. */
    private Object call(PublicReads.Read read, Object[] arguments) throws Exception {
        try {
            return method(read).invoke(api(read.tag()), arguments);
        } catch (InvocationTargetException e) {
            throw new AssertionError(read.operationId() + Arrays.toString(arguments) + " failed: " + answer(e.getCause()), e.getCause());
        }
    }

    /** The status and body of a generated client's ApiException, or the exception itself. */
    private static String answer(Throwable error) {
        try {
            return error.getClass().getMethod("getCode").invoke(error) + " " + error.getClass().getMethod("getResponseBody").invoke(error);
        } catch (ReflectiveOperationException notAnApiException) {
            return error.toString();
        }
    }

    private Method method(PublicReads.Read read) throws ClassNotFoundException {
        return Arrays.stream(Class.forName(apiClassName(read.tag())).getMethods())
                .filter(m -> m.getName().equals(read.operationId()) && m.getParameterCount() == read.parameters().size())
                .findFirst().orElseThrow(() -> new AssertionError("the generated client has no " + read.operationId()));
    }

    private Object api(String tag) throws ReflectiveOperationException {
        Class<?> type = Class.forName(apiClassName(tag));
        return type.getConstructor(apiClient.getClass()).newInstance(apiClient);
    }

    private String apiClassName(String tag) {
        StringBuilder name = new StringBuilder(packageName).append(".api.");
        for (String word : tag.split(" ")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.append("Api").toString();
    }

    private static boolean hasMethod(Object target, String name) {
        return Arrays.stream(target.getClass().getMethods()).anyMatch(m -> m.getName().equals(name) && m.getParameterCount() == 0);
    }
}
