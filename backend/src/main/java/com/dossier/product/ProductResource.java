package com.dossier.product;

import com.dossier.api.ProductsApi;
import com.dossier.api.model.ProductCreateDto;
import com.dossier.api.model.ProductPageDto;
import com.dossier.shared.security.Permissions;
import com.dossier.shared.web.ETags;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;

/** HTTP face of the product list. */
public class ProductResource implements ProductsApi {
    private final ProductService service;

    ProductResource(ProductService service) {
        this.service = service;
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_PRODUCTS)
    public Response listProducts(String q, Boolean includeInactive, Integer limit, String cursor) {
        ProductService.Page page =
                service.list(q, Boolean.TRUE.equals(includeInactive), limit, cursor);
        return Response.ok(
                        new ProductPageDto()
                                .items(page.items().stream().map(ProductMapper::toDto).toList())
                                .nextCursor(page.nextCursor()))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.CREATE_PRODUCT)
    public Response createProduct(ProductCreateDto body) {
        Product created = service.create(body);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/products/{productId}").build(created.id))
                .header("ETag", ETags.of(created.version))
                .entity(ProductMapper.toDto(created))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.GET_PRODUCT)
    public Response getProduct(UUID productId) {
        return withETag(service.get(productId));
    }

    @Override
    @PermissionsAllowed(Permissions.UPDATE_PRODUCT)
    public Response updateProduct(UUID productId, ObjectNode body, String ifMatch) {
        return withETag(service.update(productId, body, ifMatch));
    }

    private static Response withETag(Product product) {
        return Response.ok(ProductMapper.toDto(product))
                .header("ETag", ETags.of(product.version))
                .build();
    }
}
