package kz.creativeeconomy.common;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

/** The query parameters a resource method declares, its own and those of its {@code @BeanParam}s, with their Java types. */
final class QueryParameters {

    private QueryParameters() {
    }

    static Map<String, Class<?>> of(Method method) {
        Map<String, Class<?>> parameters = new LinkedHashMap<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof QueryParam query) {
                    parameters.put(query.value(), method.getParameterTypes()[i]);
                } else if (annotation instanceof BeanParam) {
                    addFields(method.getParameterTypes()[i], parameters);
                }
            }
        }
        return parameters;
    }

    /** The query parameters of the method's own arguments that its contract marks required (@Parameter(required = true)). */
    static java.util.Set<String> required(Method method) {
        java.util.Set<String> required = new java.util.TreeSet<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (Annotation[] argument : annotations) {
            String name = null;
            boolean marked = false;
            for (Annotation annotation : argument) {
                if (annotation instanceof QueryParam query) {
                    name = query.value();
                } else if (annotation instanceof org.eclipse.microprofile.openapi.annotations.parameters.Parameter documented && documented.required()) {
                    marked = true;
                }
            }
            if (name != null && marked) {
                required.add(name);
            }
        }
        return required;
    }

    private static void addFields(Class<?> bean, Map<String, Class<?>> parameters) {
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    parameters.put(query.value(), field.getType());
                }
            }
        }
    }
}
