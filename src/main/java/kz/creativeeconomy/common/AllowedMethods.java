package kz.creativeeconomy.common;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path of the API answers, read once from the resource classes' JAX-RS annotations, for the Allow
 * header of a 405: Quarkus REST reports a wrong method without saying which ones are right.
 */
final class AllowedMethods {

    private record Template(Pattern pattern, Set<String> methods) {
    }

    private static volatile List<Template> templates;

    private AllowedMethods() {
    }

    /** "GET, HEAD, OPTIONS, POST" for a path, or null when no resource path matches it. */
    static String forPath(String path) {
        Set<String> methods = new TreeSet<>();
        for (Template template : templates()) {
            if (template.pattern().matcher(path).matches()) {
                methods.addAll(template.methods());
            }
        }
        if (methods.isEmpty()) {
            return null;
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }

    private static List<Template> templates() {
        List<Template> known = templates;
        if (known == null) {
            templates = known = read();
        }
        return known;
    }

    private static List<Template> read() {
        Map<String, Set<String>> byPath = new java.util.HashMap<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null || !type.getPackageName().startsWith("kz.creativeeconomy")) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String path = join(root.value(), sub == null ? "" : sub.value());
                    byPath.computeIfAbsent(path, p -> new TreeSet<>()).add(httpMethod);
                }
            }
        }
        List<Template> list = new ArrayList<>();
        byPath.forEach((path, methods) -> list.add(new Template(Pattern.compile(regex(path)), methods)));
        return List.copyOf(list);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A path template as a regular expression: each {name} (or {name: regex}) is one segment. */
    private static String regex(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return regex + "/?";
    }
}
