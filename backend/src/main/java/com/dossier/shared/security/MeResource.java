package com.dossier.shared.security;

import com.dossier.api.MeApi;
import com.dossier.api.model.MeDto;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The caller as the server sees it, with the operations the permission matrix allows it. */
public class MeResource implements MeApi {
    private final Caller caller;

    MeResource(Caller caller) {
        this.caller = caller;
    }

    @Override
    @PermissionsAllowed(Permissions.GET_ME)
    public Response getMe() {
        List<String> roles = Roles.ALL.stream().filter(caller.roles()::contains).toList();
        MeDto me =
                new MeDto()
                        .id(caller.subject())
                        .username(caller.username() != null ? caller.username() : caller.clientId())
                        .displayName(caller.displayName())
                        .roles(roles)
                        .teams(caller.teams())
                        .clientId(caller.clientId())
                        .partner(caller.isPartner())
                        .seesSensitiveFields(caller.seesSensitiveFields())
                        .permissions(Permissions.allowedFor(roles));
        return Response.ok(me).build();
    }
}
