package com.dossier.timeline;

import com.dossier.api.TimelineApi;
import com.dossier.api.model.TimelineChangeDto;
import com.dossier.api.model.TimelineItemDto;
import com.dossier.api.model.TimelinePageDto;
import com.dossier.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** HTTP face of a customer's timeline. */
public class TimelineResource implements TimelineApi {
    private final TimelineService service;

    TimelineResource(TimelineService service) {
        this.service = service;
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_CUSTOMER_TIMELINE)
    public Response listCustomerTimeline(
            UUID id,
            List<String> kinds,
            OffsetDateTime from,
            OffsetDateTime to,
            Integer limit,
            String cursor) {
        TimelineService.Page page = service.page(id, kinds, from, to, limit, cursor);
        return Response.ok(
                        new TimelinePageDto()
                                .items(page.items().stream().map(TimelineResource::toDto).toList())
                                .nextCursor(page.nextCursor()))
                .build();
    }

    private static TimelineItemDto toDto(TimelineService.Item item) {
        return new TimelineItemDto()
                .id(item.id())
                .occurredAt(item.occurredAt().atOffset(ZoneOffset.UTC))
                .kind(item.kind())
                .entityType(item.entityType())
                .entityId(item.entityId())
                .action(item.action())
                .actorId(item.actorId())
                .actorUsername(item.actorUsername())
                .changes(
                        item.changes().stream()
                                .map(
                                        c ->
                                                new TimelineChangeDto()
                                                        .field(c.field())
                                                        .oldValue(c.oldValue())
                                                        .newValue(c.newValue())
                                                        .masked(c.masked()))
                                .toList());
    }
}
