import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, problem, stubFetch } from '@/test/fetch';
import { rep1, renderWithApp } from '@/test/render';
import type { SavedFilter } from '../api/saved-filters';
import { SavedFiltersMenu } from './saved-filters-menu';

const me = {
  ...rep1,
  permissions: [
    ...rep1.permissions,
    'listSavedFilters',
    'createSavedFilter',
    'updateSavedFilter',
    'deleteSavedFilter',
  ] as typeof rep1.permissions,
};

function filter(name: string, query: string): SavedFilter {
  return {
    id: `id-${name}`,
    name,
    query,
    version: 0,
    createdAt: '2026-11-23T09:30:00+08:00',
    updatedAt: '2026-11-23T09:30:00+08:00',
  };
}

function LocationProbe() {
  return <div data-testid="location">{useLocation().search}</div>;
}

function server(onPost?: (body: { name: string; query: string }) => Response) {
  return stubFetch(async (request) => {
    if (request.method === 'POST') {
      const body = (await request.json()) as { name: string; query: string };
      return onPost ? onPost(body) : json(filter(body.name, body.query), { status: 201 });
    }
    if (request.method === 'DELETE') return new Response(null, { status: 204 });
    return json({ items: [filter('东区草稿', 'status=DRAFT&team=east-team&sort=name')] });
  });
}

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('SavedFiltersMenu', () => {
  it('applies a saved filter by putting its query into the URL', async () => {
    server();
    const user = userEvent.setup();
    renderWithApp(
      <>
        <SavedFiltersMenu />
        <LocationProbe />
      </>,
      { me, route: '/?q=old' },
    );
    await user.click(screen.getByRole('button', { name: /常用筛选/ }));
    await user.click(await screen.findByText('东区草稿'));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '?status=DRAFT&team=east-team&sort=name',
      ),
    );
  });

  it('saves the current filters under a name, without the page cursor', async () => {
    const fetches = server();
    const user = userEvent.setup();
    renderWithApp(<SavedFiltersMenu />, {
      me,
      route: '/?q=%E5%BB%BA%E6%8A%95&status=DRAFT&cursor=abc',
    });
    await user.click(screen.getByRole('button', { name: /常用筛选/ }));
    await user.click(await screen.findByText('将当前筛选另存为…'));
    await user.type(await screen.findByLabelText('名称'), '建投草稿');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(fetches.requests().some((r) => r.method === 'POST')).toBe(true));
    const post = fetches.requests().find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({
      name: '建投草稿',
      query: 'q=%E5%BB%BA%E6%8A%95&status=DRAFT',
    });
    expect(await screen.findByText('已保存筛选“建投草稿”')).toBeInTheDocument();
  });

  it('names a duplicate next to the name field', async () => {
    server(() => problem(409, { detail: 'duplicate' }));
    const user = userEvent.setup();
    renderWithApp(<SavedFiltersMenu />, { me, route: '/?status=DRAFT' });
    await user.click(screen.getByRole('button', { name: /常用筛选/ }));
    await user.click(await screen.findByText('将当前筛选另存为…'));
    await user.type(await screen.findByLabelText('名称'), '东区草稿');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('已有同名的筛选')).toBeInTheDocument();
  });

  it('deletes a saved filter', async () => {
    const fetches = server();
    const user = userEvent.setup();
    renderWithApp(<SavedFiltersMenu />, { me });
    await user.click(screen.getByRole('button', { name: /常用筛选/ }));
    await user.click(await screen.findByRole('button', { name: '删除筛选“东区草稿”' }));
    await waitFor(() =>
      expect(fetches.requests().find((r) => r.method === 'DELETE')?.url).toContain(
        '/api/v1/saved-filters/id-',
      ),
    );
  });

  it('is absent when /me does not list listSavedFilters', async () => {
    server();
    renderWithApp(<SavedFiltersMenu />);
    expect(screen.queryByRole('button', { name: /常用筛选/ })).not.toBeInTheDocument();
  });
});
