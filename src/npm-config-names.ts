/**
 * npm's own configuration names (`npm config ls -l`; @npmcli/config's definitions in npm 11.19,
 * plus the values npm exports to every script: global-prefix, local-prefix, npm-version, nodedir).
 * An option written before `--` in `npm run x --name` reaches the script only as the environment
 * variable npm_config_name; src/cli.ts refuses one that is the script's own option or a near miss
 * of one, but not one of these, which npm itself (or a user's .npmrc) may well have set.
 * Data only. Names with a dot (init.author.name) or a leading _ are left out: no option is near them.
 */
export const NPM_CONFIG_NAMES: ReadonlySet<string> = new Set([
  'access', 'all', 'allow-directory', 'allow-file', 'allow-git', 'allow-remote', 'allow-same-version',
  'allow-scripts', 'allow-scripts-pending', 'allow-scripts-pin', 'also', 'audit', 'audit-level', 'auth-type',
  'before', 'bin-links', 'browser', 'bypass-2fa', 'ca', 'cache', 'cache-max', 'cache-min', 'cafile', 'call',
  'cert', 'cidr', 'color', 'commit-hooks', 'cpu', 'dangerously-allow-all-scripts', 'depth', 'description',
  'dev', 'diff', 'diff-dst-prefix', 'diff-ignore-all-space', 'diff-name-only', 'diff-no-prefix',
  'diff-src-prefix', 'diff-text', 'diff-unified', 'dry-run', 'editor', 'engine-strict',
  'expect-result-count', 'expect-results', 'expires', 'fetch-retries', 'fetch-retry-factor',
  'fetch-retry-maxtimeout', 'fetch-retry-mintimeout', 'fetch-timeout', 'force', 'foreground-scripts',
  'format-package-lock', 'fund', 'git', 'git-tag-version', 'global', 'global-prefix', 'global-style',
  'globalconfig', 'heading', 'https-proxy', 'if-present', 'ignore-scripts', 'include',
  'include-attestations', 'include-staged', 'include-workspace-root', 'init-author-email',
  'init-author-name', 'init-author-url', 'init-license', 'init-module', 'init-private', 'init-type',
  'init-version', 'install-links', 'install-strategy', 'json', 'key', 'legacy-bundling', 'legacy-peer-deps',
  'libc', 'link', 'local-address', 'local-prefix', 'location', 'lockfile-version', 'loglevel', 'logs-dir',
  'logs-max', 'long', 'maxsockets', 'message', 'min-release-age', 'min-release-age-exclude', 'name',
  'node-gyp', 'node-options', 'nodedir', 'noproxy', 'npm-version', 'offline', 'omit',
  'omit-lockfile-registry-resolved', 'only', 'optional', 'orgs', 'orgs-permission', 'os', 'otp',
  'pack-destination', 'package', 'package-lock', 'package-lock-only', 'packages', 'packages-all',
  'packages-and-scopes-permission', 'parseable', 'password', 'prefer-dedupe', 'prefer-offline',
  'prefer-online', 'prefix', 'preid', 'production', 'progress', 'provenance', 'provenance-file', 'proxy',
  'read-only', 'rebuild-bundle', 'registry', 'replace-registry-host', 'save', 'save-bundle', 'save-dev',
  'save-exact', 'save-optional', 'save-peer', 'save-prefix', 'save-prod', 'sbom-format', 'sbom-type',
  'scope', 'scopes', 'script-shell', 'searchexclude', 'searchlimit', 'searchopts', 'searchstaleness',
  'shell', 'shrinkwrap', 'sign-git-commit', 'sign-git-tag', 'strict-allow-scripts', 'strict-peer-deps',
  'strict-ssl', 'tag', 'tag-version-prefix', 'timing', 'token-description', 'umask', 'unicode',
  'update-notifier', 'usage', 'user-agent', 'userconfig', 'version', 'versions', 'viewer', 'which',
  'workspace', 'workspaces', 'workspaces-update', 'yes',
]);
