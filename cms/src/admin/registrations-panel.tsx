import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useAuth, useFetchClient } from '@strapi/strapi/admin';

const SESSION = 'api::session.session';
const REGISTRATION = 'api::registration.registration';
const READ = 'plugin::content-manager.explorer.read';
const BASE = '/registration-admin/sessions';

const CITY: Record<string, string> = { tokyo: '東京', osaka: '大阪', online: 'オンライン' };

interface VenueCount {
  city: string;
  name: string | null;
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
}

type Load = { state: 'loading' } | { state: 'error' } | { state: 'done'; venues: VenueCount[] };

function Counts({ documentId }: { documentId: string }) {
  const { get } = useFetchClient();
  const [load, setLoad] = React.useState<Load>({ state: 'loading' });
  const [downloading, setDownloading] = React.useState(false);

  const refresh = React.useCallback(() => {
    let live = true;
    get<{ data: { venues: VenueCount[] } }>(`${BASE}/${documentId}/counts`)
      .then((response) => live && setLoad({ state: 'done', venues: response.data.data.venues }))
      .catch(() => live && setLoad({ state: 'error' }));
    return () => {
      live = false;
    };
  }, [documentId, get]);
  React.useEffect(refresh, [refresh]);

  // The export needs the admin login, which a plain link would not send: fetch, then save.
  const download = async () => {
    setDownloading(true);
    try {
      const response = await get(`${BASE}/${documentId}/registrations.csv`, {
        responseType: 'blob',
      });
      const disposition = response.headers?.get('content-disposition') ?? '';
      const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `registrations.csv`;
      const url = URL.createObjectURL(response.data);
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      link.click();
      URL.revokeObjectURL(url);
    } finally {
      setDownloading(false);
    }
  };

  if (load.state === 'loading') return <Typography variant="pi">読み込み中… Loading…</Typography>;
  if (load.state === 'error') {
    return (
      <Typography variant="pi" textColor="danger600">
        申込状況を取得できませんでした。Could not load registrations.
      </Typography>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {load.venues.map((venue) => (
        <Box key={venue.city}>
          <Typography variant="omega" fontWeight="bold">
            {CITY[venue.city] ?? venue.city}
          </Typography>
          <Flex direction="column" alignItems="flex-start">
            <Typography variant="pi">
              参加確定 confirmed: {venue.confirmed}
              {venue.capacity === null ? '' : ` / ${venue.capacity}`}
            </Typography>
            <Typography variant="pi">キャンセル待ち waiting: {venue.waitlisted}</Typography>
          </Flex>
        </Box>
      ))}
      <Button
        variant="secondary"
        startIcon={<Download />}
        onClick={download}
        loading={downloading}
        fullWidth
      >
        CSV ダウンロード
      </Button>
    </Flex>
  );
}

/**
 * Seats taken and waiting per venue, and the CSV export, beside a session's edit view. Shown
 * only to staff who may read registrations (Editors, not Authors); the server checks again.
 */
export const RegistrationsPanel: PanelComponent = ({ model, documentId }) => {
  const mayRead = useAuth('RegistrationsPanel', (auth) =>
    auth.permissions.some((p) => p.action === READ && p.subject === REGISTRATION),
  );
  if (model !== SESSION || !documentId || !mayRead) return null;
  return {
    title: '申込状況 Registrations',
    content: <Counts documentId={documentId} />,
  };
};
