// The dialog every feature uses: a titled modal whose close button is labelled in the user's language.
import type { ReactNode } from 'react';
import { Modal, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { title: ReactNode; onClose: () => void; size?: MantineSize; children: ReactNode };

export function AppModal({ title, onClose, size = 'md', children }: Props) {
  const { t } = useTranslation();
  return (
    <Modal.Root opened onClose={onClose} size={size}>
      <Modal.Overlay />
      <Modal.Content>
        {/* Mantine renders a <header>; inside a dialog it is not the page's banner. */}
        <Modal.Header role="none">
          <Modal.Title fw={700} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
