import { describe, expect, it } from 'vitest';
import { ResolverContainer } from './resolver-container';

class Greeter {
  constructor(private readonly name: string) {}
  greet(): string {
    return `你好，${this.name}`;
  }
}
class Plain {
  readonly made = new Date();
}

describe('the resolver container (composition root → type-graphql)', () => {
  it('hands out the instance the composition root built, with its dependency', () => {
    const container = new ResolverContainer([new Greeter('叶县')]);
    expect((container.get(Greeter as never) as Greeter).greet()).toBe('你好，叶县');
  });

  it('makes a resolver without dependencies once, as type-graphql would', () => {
    const container = new ResolverContainer([]);
    expect(container.get(Plain)).toBe(container.get(Plain));
  });

  it('refuses a resolver that takes services but was not wired, instead of running it with undefined ones', () => {
    const container = new ResolverContainer([]);
    expect(() => container.get(Greeter as never)).toThrow(/Greeter takes services: build it in resolverInstances/);
  });
});
