package io.jcompose.cli.compose.plan;

import io.jcompose.model.error.ComposeException;
import io.jcompose.model.project.Deploy;
import io.jcompose.model.project.Project;
import io.jcompose.model.project.Service;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --scale SERVICE=NUM}: the project with those services' replica counts replaced (the config hash is not
 * changed, as docker compose leaves scale out of it), so that the planner creates or removes replicas.
 */
public final class Scale {

    private Scale() {
    }

    /** Parses {@code SERVICE=NUM} flags; an unknown service or a bad number is the user's error. */
    public static Map<String, Integer> parse(Desired desired, List<String> flags) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String flag : flags) {
            int eq = flag.indexOf('=');
            String service = eq < 0 ? flag : flag.substring(0, eq);
            if (desired.project().service(service) == null) {
                throw new ComposeException("no such service: " + service);
            }
            try {
                int n = Integer.parseInt(eq < 0 ? "" : flag.substring(eq + 1));
                if (n < 0) {
                    throw new NumberFormatException();
                }
                out.put(service, n);
            } catch (NumberFormatException e) {
                throw new ComposeException("invalid --scale \"" + flag + "\": expected SERVICE=NUM (NUM >= 0)");
            }
        }
        return out;
    }

    public static Desired apply(Desired desired, Map<String, Integer> scale) {
        if (scale.isEmpty()) {
            return desired;
        }
        Map<String, Service> services = new LinkedHashMap<>(desired.project().services());
        scale.forEach((name, n) -> {
            Service s = services.get(name);
            Deploy deploy = s.deploy() == null ? null : with(s.deploy(), "replicas", null);
            services.put(name, with(with(s, "deploy", deploy), "scale", n));
        });
        Project project = with(desired.project(), "services", services);
        return new Desired(project, desired.graph(), desired.hashes(), desired.workingDirectory(),
                desired.configFiles(), desired.environment());
    }

    /** A copy of a record with one component replaced. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getName().equals(component) ? value
                        : components[i].getAccessor().invoke(record);
            }
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName() + " with "
                    + component, e instanceof InvocationTargetException ite ? ite.getCause() : e);
        }
    }
}
