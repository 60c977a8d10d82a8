import packageJson from '../../../package.json' with { type: 'json' };

/** The application's version, stored with every theme run so a run says which software made it. */
export const SOFTWARE_VERSION: string = packageJson.version;
