import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { installMenu, menuTemplate, showAbout } from './menu';

type Item = MenuItemConstructorOptions;

const submenuOf = (item: Item | undefined): Item[] => (item?.submenu as Item[] | undefined) ?? [];
const topLabels = (template: Item[]) => template.map((item) => item.label);
const allItems = (template: Item[]): Item[] =>
  template.flatMap((item) => [item, ...allItems(submenuOf(item))]);
const byRole = (template: Item[], role: Item['role']) =>
  allItems(template).find((item) => item.role === role);

describe('menuTemplate', () => {
  it('has the Dutch menus on Windows and Linux, with Afsluiten under Bestand', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const template = menuTemplate({ platform, isPackaged: true, onAbout: vi.fn() });
      expect(topLabels(template)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
      expect(submenuOf(template[0]).map((item) => item.label)).toEqual(['Afsluiten']);
    }
  });

  it('adds the macOS application menu first, with Stop Naslag and Over Naslag', () => {
    const template = menuTemplate({ platform: 'darwin', isPackaged: true, onAbout: vi.fn() });
    expect(topLabels(template)).toEqual([
      'Naslag',
      'Bestand',
      'Bewerken',
      'Beeld',
      'Venster',
      'Help',
    ]);
    const appItems = submenuOf(template[0]);
    expect(appItems.find((item) => item.role === 'about')?.label).toBe('Over Naslag');
    expect(appItems.find((item) => item.role === 'quit')).toMatchObject({
      label: 'Stop Naslag',
      accelerator: 'Command+Q',
    });
  });

  it('lists the edit commands in Dutch with the usual shortcuts', () => {
    const template = menuTemplate({ platform: 'linux', isPackaged: true, onAbout: vi.fn() });
    expect(submenuOf(template[1]).filter((item) => item.type !== 'separator')).toEqual([
      { role: 'undo', label: 'Ongedaan maken', accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', label: 'Opnieuw', accelerator: 'Shift+CmdOrCtrl+Z' },
      { role: 'cut', label: 'Knippen', accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: 'Kopiëren', accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: 'Plakken', accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', label: 'Alles selecteren', accelerator: 'CmdOrCtrl+A' },
    ]);
    const windows = menuTemplate({ platform: 'win32', isPackaged: true, onAbout: vi.fn() });
    expect(byRole(windows, 'redo')?.accelerator).toBe('Ctrl+Y');
  });

  it('offers zoom and full screen, with the platform’s full-screen key', () => {
    const linux = menuTemplate({ platform: 'linux', isPackaged: true, onAbout: vi.fn() });
    expect(byRole(linux, 'zoomIn')).toMatchObject({
      label: 'Inzoomen',
      accelerator: 'CmdOrCtrl+Plus',
    });
    expect(byRole(linux, 'zoomOut')).toMatchObject({
      label: 'Uitzoomen',
      accelerator: 'CmdOrCtrl+-',
    });
    expect(byRole(linux, 'resetZoom')).toMatchObject({
      label: 'Werkelijke grootte',
      accelerator: 'CmdOrCtrl+0',
    });
    expect(byRole(linux, 'togglefullscreen')).toMatchObject({
      label: 'Volledig scherm',
      accelerator: 'F11',
    });
    const mac = menuTemplate({ platform: 'darwin', isPackaged: true, onAbout: vi.fn() });
    expect(byRole(mac, 'togglefullscreen')?.accelerator).toBe('Control+Command+F');
  });

  it('offers developer tools only in a development build', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const packaged = menuTemplate({ platform, isPackaged: true, onAbout: vi.fn() });
      expect(byRole(packaged, 'toggleDevTools')).toBeUndefined();
      expect(byRole(packaged, 'reload')).toBeUndefined();
      const development = menuTemplate({ platform, isPackaged: false, onAbout: vi.fn() });
      expect(byRole(development, 'toggleDevTools')?.label).toBe('Ontwikkelaarshulpmiddelen');
    }
  });

  it('labels every item in Dutch, never with a role’s English default', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const items = allItems(menuTemplate({ platform, isPackaged: false, onAbout: vi.fn() }));
      for (const item of items.filter((entry) => entry.type !== 'separator')) {
        expect(item.label, JSON.stringify(item)).toMatch(/\S/);
      }
    }
  });

  it('opens the about dialog from Help', () => {
    const onAbout = vi.fn();
    const template = menuTemplate({ platform: 'win32', isPackaged: true, onAbout });
    const about = submenuOf(template.at(-1)).find((item) => item.label === 'Over Naslag');
    (about?.click as () => void)();
    expect(onAbout).toHaveBeenCalledOnce();
  });
});

describe('installMenu and showAbout', () => {
  it('sets the built template as the application menu', () => {
    const built = { items: [] };
    const menu = {
      buildFromTemplate: vi.fn((_template: Item[]) => built),
      setApplicationMenu: vi.fn(),
    };
    installMenu(menu as never, { platform: 'linux', isPackaged: true, onAbout: vi.fn() });
    expect(topLabels(menu.buildFromTemplate.mock.calls[0]![0])).toContain('Bewerken');
    expect(menu.setApplicationMenu).toHaveBeenCalledWith(built);
  });

  it('shows the version in the about dialog', async () => {
    const dialog = { showMessageBox: vi.fn().mockResolvedValue({ response: 0 }) };
    await showAbout(dialog, '0.1.0', null);
    expect(dialog.showMessageBox.mock.calls[0]?.[0]).toMatchObject({
      title: 'Over Naslag',
      message: 'Naslag 0.1.0',
    });
  });
});
