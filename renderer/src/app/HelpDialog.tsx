// The list of keyboard shortcuts, opened with "?" or the header button.
import { Fragment } from 'react';
import { useT } from '../i18n/i18n';
import { Dialog } from '../ui/Dialog';
import { shortcutGroups } from './shortcuts';

export function HelpDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  return (
    <Dialog
      open={open}
      title={t('help.title')}
      closeLabel={t('app.close')}
      onClose={onClose}
      className="help-dialog"
    >
      {shortcutGroups.map((group) => (
        <section key={group.title} className="help-dialog__group">
          <h3>{t(group.title)}</h3>
          <dl>
            {group.shortcuts.map((shortcut) => (
              <div key={shortcut.description} className="help-dialog__row">
                <dt>
                  {shortcut.keys.map((key, index) => (
                    <Fragment key={key}>
                      {index > 0 && <span className="help-dialog__or"> {t('help.or')} </span>}
                      <kbd>{key}</kbd>
                    </Fragment>
                  ))}
                </dt>
                <dd>{t(shortcut.description)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Dialog>
  );
}
