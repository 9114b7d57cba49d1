import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, bodyOf, etagOf } from '@/api/client';
import { productKeys } from './keys';
import type { Product, ProductCreate, ProductPage, ProductPatch } from './types';

export async function listProducts(
  q: string,
  includeInactive: boolean,
  cursor?: string,
  limit = 50,
): Promise<ProductPage> {
  return bodyOf(
    await api.GET('/api/v1/products', {
      params: {
        query: {
          includeInactive,
          limit,
          ...(q.trim() ? { q: q.trim() } : {}),
          ...(cursor ? { cursor } : {}),
        },
      },
    }),
  );
}

export const listProductsQueryOptions = (q: string, includeInactive: boolean, cursor?: string) =>
  queryOptions({
    queryKey: productKeys.list(q, includeInactive, cursor),
    queryFn: () => listProducts(q, includeInactive, cursor),
    placeholderData: keepPreviousData,
  });

export function useProducts(q: string, includeInactive: boolean, cursor?: string) {
  return useQuery(listProductsQueryOptions(q, includeInactive, cursor));
}

export async function getProduct(id: string): Promise<{ product: Product; etag: string }> {
  const result = await api.GET('/api/v1/products/{productId}', {
    params: { path: { productId: id } },
  });
  return { product: bodyOf(result), etag: etagOf(result.response) };
}

export function useProduct(id: string | undefined) {
  return useQuery({
    queryKey: productKeys.detail(id ?? ''),
    queryFn: () => getProduct(id ?? ''),
    enabled: Boolean(id),
    staleTime: 0,
  });
}

export async function createProduct(body: ProductCreate): Promise<Product> {
  return bodyOf(await api.POST('/api/v1/products', { body }));
}

export async function updateProduct(id: string, etag: string, patch: ProductPatch) {
  const result = await api.PATCH('/api/v1/products/{productId}', {
    params: { path: { productId: id }, header: { 'If-Match': etag } },
    body: patch,
    headers: { 'Content-Type': 'application/merge-patch+json' },
  });
  return { product: bodyOf(result), etag: etagOf(result.response) };
}

function useInvalidateProducts() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: productKeys.all });
}

export function useCreateProduct() {
  const invalidate = useInvalidateProducts();
  return useMutation({ mutationFn: createProduct, onSuccess: invalidate });
}

export function useUpdateProduct() {
  const invalidate = useInvalidateProducts();
  return useMutation({
    mutationFn: (input: { id: string; etag: string; patch: ProductPatch }) =>
      updateProduct(input.id, input.etag, input.patch),
    onSuccess: invalidate,
  });
}

/**
 * Activates or withdraws a product from the list, which carries no ETags: the product is read
 * first and changed at the version read.
 */
export function useSetProductActive() {
  const invalidate = useInvalidateProducts();
  return useMutation({
    mutationFn: async (input: { id: string; active: boolean }) => {
      const current = await getProduct(input.id);
      return updateProduct(input.id, current.etag, { active: input.active });
    },
    onSettled: invalidate,
  });
}
