/** Search parameters written urgently: shown at once, computed from once, and the URL still wins. */
import { use, useMemo } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useSearchParamState } from '../../src/lib/url-state';

const never = new Promise<never>(() => undefined);

/** Stands for a view whose next render waits (a chunk loading): the router's navigation never lands. */
function WaitsOn({ search }: { search: string }) {
  const { search: current } = useLocation();
  if (current.includes(search)) use(never);
  return null;
}

function Probe({ computed }: { computed: string[] }) {
  const [params, update] = useSearchParamState();
  const navigate = useNavigate();
  const shown = useMemo(() => {
    computed.push(params.toString());
    return params.toString();
  }, [params, computed]);
  return (
    <>
      <output>{shown}</output>
      <button type="button" onClick={() => update({ status: 'overdue' }, { urgent: true })}>urgent</button>
      <button type="button" onClick={() => update({ status: 'late' })}>plain</button>
      <button type="button" onClick={() => void navigate(-1)}>back</button>
    </>
  );
}

function renderProbe(waitOn = 'never-in-the-url') {
  const computed: string[] = [];
  render(
    <MemoryRouter initialEntries={['/notifications?data=x.json']}>
      <Probe computed={computed} />
      <WaitsOn search={waitOn} />
    </MemoryRouter>,
  );
  return { computed, user: userEvent.setup() };
}

describe('useSearchParamState', () => {
  it('shows an urgent change before the router has rendered its navigation', async () => {
    const { user } = renderProbe('status=');
    await user.click(screen.getByRole('button', { name: 'urgent' }));
    expect(screen.getByRole('status')).toHaveTextContent('data=x.json&status=overdue');
  });

  it('leaves a plain change to the router (shown when its navigation lands)', async () => {
    const { user } = renderProbe('status=');
    await user.click(screen.getByRole('button', { name: 'plain' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^data=x\.json$/);
  });

  it('computes once from an urgent change, not again when the URL catches up', async () => {
    const { computed, user } = renderProbe();
    await user.click(screen.getByRole('button', { name: 'urgent' }));
    expect(screen.getByRole('status')).toHaveTextContent('data=x.json&status=overdue');
    expect(computed).toEqual(['data=x.json', 'data=x.json&status=overdue']);
  });

  it('lets the URL win when it moves elsewhere (the back button)', async () => {
    const { user } = renderProbe();
    await user.click(screen.getByRole('button', { name: 'urgent' }));
    await user.click(screen.getByRole('button', { name: 'back' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^data=x\.json$/);
    await user.click(screen.getByRole('button', { name: 'plain' }));
    expect(screen.getByRole('status')).toHaveTextContent('data=x.json&status=late');
  });
});
