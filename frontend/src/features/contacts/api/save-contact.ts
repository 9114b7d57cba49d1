import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, etagOf, ProblemError } from '@/api/client';
import { contactKeys } from './keys';
import type { Contact, ContactCreate, ContactPatch } from './types';

export async function createContact(customerId: string, body: ContactCreate): Promise<Contact> {
  return bodyOf(
    await api.POST('/api/v1/customers/{id}/contacts', {
      params: { path: { id: customerId } },
      body,
    }),
  );
}

export async function updateContact(
  customerId: string,
  contactId: string,
  etag: string,
  patch: ContactPatch,
): Promise<{ contact: Contact; etag: string }> {
  const result = await api.PATCH('/api/v1/customers/{id}/contacts/{contactId}', {
    params: { path: { id: customerId, contactId }, header: { 'If-Match': etag } },
    body: patch,
    headers: { 'Content-Type': 'application/merge-patch+json' },
  });
  return { contact: bodyOf(result), etag: etagOf(result.response) };
}

/**
 * Marks a contact as having left. The list carries no ETags, so the contact is read first; if
 * its version moved since the list was shown, this refuses like the server would (412).
 */
export async function markContactLeft(customerId: string, listed: Contact): Promise<void> {
  const current = await api.GET('/api/v1/customers/{id}/contacts/{contactId}', {
    params: { path: { id: customerId, contactId: listed.id } },
  });
  if (current.data && current.data.version !== listed.version) {
    throw new ProblemError({
      type: 'https://dossier.app/problems/precondition-failed',
      title: 'Precondition failed',
      status: 412,
    });
  }
  await api.DELETE('/api/v1/customers/{id}/contacts/{contactId}', {
    params: {
      path: { id: customerId, contactId: listed.id },
      header: { 'If-Match': etagOf(current.response) },
    },
  });
}

function useInvalidateContacts(customerId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: contactKeys.ofCustomer(customerId) });
}

export function useCreateContact(customerId: string) {
  const invalidate = useInvalidateContacts(customerId);
  return useMutation({
    mutationFn: (body: ContactCreate) => createContact(customerId, body),
    onSuccess: invalidate,
  });
}

export function useUpdateContact(customerId: string) {
  const invalidate = useInvalidateContacts(customerId);
  return useMutation({
    mutationFn: (input: { contactId: string; etag: string; patch: ContactPatch }) =>
      updateContact(customerId, input.contactId, input.etag, input.patch),
    onSuccess: invalidate,
  });
}

export function useMarkContactLeft(customerId: string) {
  const invalidate = useInvalidateContacts(customerId);
  return useMutation({
    mutationFn: (contact: Contact) => markContactLeft(customerId, contact),
    onSettled: invalidate,
  });
}
