import { enumVariable, EnvironmentError, portVariable, readEnvironment, urlVariable } from './environment';

const specs = {
  port: portVariable('PORT', 'port', 4000),
  mode: enumVariable('MODE', 'mode', ['a', 'b'] as const, 'a'),
  db: urlVariable('DB', 'db', ['postgres:']),
};

describe('readEnvironment', () => {
  it('applies defaults', () => {
    expect(readEnvironment(specs, {})).toEqual({ port: 4000, mode: 'a', db: undefined });
  });

  it('parses given values', () => {
    expect(readEnvironment(specs, { PORT: '5000', MODE: 'b', DB: 'postgres://x@h/db' })).toEqual({
      port: 5000,
      mode: 'b',
      db: 'postgres://x@h/db',
    });
  });

  it('lists every problem at once', () => {
    let thrown: unknown;
    try {
      readEnvironment(specs, { PORT: 'abc', MODE: 'c', DB: 'mysql://x' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EnvironmentError);
    expect((thrown as EnvironmentError).problems).toHaveLength(3);
    expect((thrown as EnvironmentError).problems[0]).toMatch(/^PORT: /);
  });
});
