package com.dossier.shared.security;

import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Grants an authenticated caller the operations its realm roles allow in {@link Permissions}, so
 * that {@code @PermissionsAllowed(operationId)} on a resource method is decided by the matrix.
 */
@ApplicationScoped
public class OperationPermissions implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(
            SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Set<String> roles = identity.getRoles();
        return Uni.createFrom()
                .item(
                        QuarkusSecurityIdentity.builder(identity)
                                .addPermissionChecker(
                                        requested ->
                                                Uni.createFrom()
                                                        .item(
                                                                requested
                                                                                instanceof
                                                                                StringPermission
                                                                                        permission
                                                                        && Permissions.allows(
                                                                                roles,
                                                                                permission
                                                                                        .getName())))
                                .build());
    }
}
