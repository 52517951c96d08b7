// The Dutch application menu. Electron's roles bring the behaviour but English labels, so every
// item carries its Dutch label and the accelerator users of that platform expect. Search
// shortcuts (Ctrl/Cmd+K) belong to the renderer, which owns the search field.
import type { BaseWindow, Dialog, Menu, MenuItemConstructorOptions } from 'electron';
import { aboutDialog, menuLabels as label } from './messages';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools and reload are offered only in a development build. */
  isPackaged: boolean;
  onAbout: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate({
  platform,
  isPackaged,
  onAbout,
}: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    label: 'Naslag',
    submenu: [
      { role: 'about', label: label.about },
      separator,
      { role: 'services', label: label.services },
      separator,
      { role: 'hide', label: label.hide, accelerator: 'Command+H' },
      { role: 'hideOthers', label: label.hideOthers, accelerator: 'Command+Alt+H' },
      { role: 'unhide', label: label.unhide },
      separator,
      { role: 'quit', label: label.quitMac, accelerator: 'Command+Q' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: label.file,
    submenu: mac
      ? [{ role: 'close', label: label.closeWindow, accelerator: 'Command+W' }]
      : [
          {
            role: 'quit',
            label: label.quit,
            accelerator: platform === 'win32' ? 'Alt+F4' : 'Ctrl+Q',
          },
        ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: label.edit,
    submenu: [
      { role: 'undo', label: label.undo, accelerator: 'CmdOrCtrl+Z' },
      {
        role: 'redo',
        label: label.redo,
        accelerator: platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z',
      },
      separator,
      { role: 'cut', label: label.cut, accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: label.copy, accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: label.paste, accelerator: 'CmdOrCtrl+V' },
      separator,
      { role: 'selectAll', label: label.selectAll, accelerator: 'CmdOrCtrl+A' },
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        separator,
        { role: 'reload', label: label.reload, accelerator: 'CmdOrCtrl+R' },
        {
          role: 'toggleDevTools',
          label: label.devTools,
          accelerator: mac ? 'Alt+Command+I' : 'Ctrl+Shift+I',
        },
      ];

  const viewMenu: MenuItemConstructorOptions = {
    label: label.view,
    submenu: [
      { role: 'zoomIn', label: label.zoomIn, accelerator: 'CmdOrCtrl+Plus' },
      { role: 'zoomOut', label: label.zoomOut, accelerator: 'CmdOrCtrl+-' },
      { role: 'resetZoom', label: label.resetZoom, accelerator: 'CmdOrCtrl+0' },
      separator,
      {
        role: 'togglefullscreen',
        label: label.fullScreen,
        accelerator: mac ? 'Control+Command+F' : 'F11',
      },
      ...developerItems,
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: label.window,
    // On macOS this makes it the system's Window menu, which lists the open windows.
    ...(mac ? { role: 'window' as const } : {}),
    submenu: mac
      ? [
          { role: 'minimize', label: label.minimize, accelerator: 'Command+M' },
          { role: 'zoom', label: label.zoom },
          separator,
          { role: 'front', label: label.front },
        ]
      : [
          { role: 'minimize', label: label.minimize },
          { role: 'close', label: label.closeWindow, accelerator: 'Ctrl+W' },
        ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: label.help,
    ...(mac ? { role: 'help' as const } : {}),
    submenu: [{ label: label.about, click: () => onAbout() }],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

export function installMenu(
  menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>,
  options: MenuOptions,
): void {
  menu.setApplicationMenu(menu.buildFromTemplate(menuTemplate(options)));
}

export async function showAbout(
  dialog: Pick<Dialog, 'showMessageBox'>,
  version: string,
  parent: BaseWindow | null,
): Promise<void> {
  const options = { type: 'info' as const, ...aboutDialog(version) };
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
