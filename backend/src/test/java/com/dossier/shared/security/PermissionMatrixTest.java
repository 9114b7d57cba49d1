package com.dossier.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.support.ContractOperations;
import com.dossier.support.ContractOperations.Op;
import io.quarkus.security.PermissionsAllowed;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The permission matrix in {@link Permissions} is the one source of who may call what: it must name
 * every operation of the contract with exactly its x-required-roles, every resource method must be
 * guarded by its own entry, and the README table must be the matrix.
 *
 * <p>After changing the matrix, regenerate the README section with {@code mvn test
 * -Dtest=PermissionMatrixTest -Dpermissions.readme.write=true}.
 */
class PermissionMatrixTest {
    static final String START = "<!-- permissions:start -->";
    static final String END = "<!-- permissions:end -->";

    @Test
    void shouldHaveAMatrixEntryForEveryOperationOfTheContract() {
        Set<String> contract =
                ContractOperations.all().stream().map(Op::id).collect(Collectors.toSet());
        assertThat(Permissions.matrix().keySet())
                .as("operations of openapi.yaml and entries of Permissions")
                .containsExactlyInAnyOrderElementsOf(contract);
    }

    @Test
    void shouldAgreeWithTheContractsRequiredRoles() {
        Map<String, Set<String>> contract = new TreeMap<>();
        Map<String, Set<String>> matrix = new TreeMap<>();
        for (Op op : ContractOperations.all()) {
            contract.put(op.id(), new HashSet<>(op.requiredRoles()));
            matrix.put(
                    op.id(), new HashSet<>(Permissions.matrix().getOrDefault(op.id(), List.of())));
        }
        assertThat(matrix).as("Permissions vs x-required-roles").isEqualTo(contract);
    }

    @Test
    void shouldOnlyNameRealmRoles() {
        Permissions.matrix()
                .forEach((op, roles) -> assertThat(Roles.ALL).as(op).containsAll(roles));
    }

    @Test
    void shouldGuardEveryResourceMethodWithItsOwnMatrixEntry() throws Exception {
        List<Method> endpoints = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            for (Class<?> api : resource.getInterfaces()) {
                if (!api.getPackageName().equals("com.dossier.api")) {
                    continue;
                }
                for (Method declared : api.getMethods()) {
                    endpoints.add(
                            resource.getMethod(declared.getName(), declared.getParameterTypes()));
                }
            }
        }
        assertThat(endpoints.stream().map(Method::getName))
                .containsExactlyInAnyOrderElementsOf(Permissions.matrix().keySet());
        for (Method method : endpoints) {
            PermissionsAllowed allowed = method.getAnnotation(PermissionsAllowed.class);
            assertThat(allowed).as(method.toString()).isNotNull();
            assertThat(allowed.value()).as(method.toString()).containsExactly(method.getName());
        }
    }

    @Test
    void shouldDocumentTheMatrixInTheReadme() throws IOException {
        Path readme = Path.of("../README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("README.md has a " + START + " marker").isNotNegative();
        assertThat(end).as("README.md has a " + END + " marker").isGreaterThan(start);
        String current = text.substring(start + START.length(), end);
        String expected = "\n" + table() + "\n";
        if (Boolean.getBoolean("permissions.readme.write")) {
            Files.writeString(
                    readme,
                    text.substring(0, start + START.length()) + expected + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(current)
                .as(
                        "README.md's permission table is out of date; regenerate it with mvn test"
                                + " -Dtest=PermissionMatrixTest -Dpermissions.readme.write=true")
                .isEqualTo(expected);
    }

    /** The README table: one row per operation (contract order), one column per realm role. */
    static String table() {
        StringBuilder out = new StringBuilder("| operation | request |");
        Roles.ALL.forEach(role -> out.append(' ').append(role).append(" |"));
        out.append("\n|---|---|");
        Roles.ALL.forEach(role -> out.append(":-:|"));
        for (Op op : ContractOperations.all()) {
            List<String> allowed = Permissions.matrix().getOrDefault(op.id(), List.of());
            out.append("\n| `")
                    .append(op.id())
                    .append("` | `")
                    .append(op.method())
                    .append(' ')
                    .append(op.path())
                    .append("` |");
            Roles.ALL.forEach(role -> out.append(allowed.contains(role) ? " ✓ |" : "   |"));
        }
        return out.toString();
    }

    private static List<Class<?>> resourceClasses() throws Exception {
        Path classes = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("com/dossier"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString();
                if (name.contains("$")) {
                    continue;
                }
                Class<?> type =
                        Class.forName(
                                name.substring(0, name.length() - ".class".length())
                                        .replace('/', '.'),
                                false,
                                PermissionMatrixTest.class.getClassLoader());
                if (!type.isInterface()
                        && Arrays.stream(type.getInterfaces())
                                .anyMatch(i -> i.getPackageName().equals("com.dossier.api"))) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
