import type { ContainerType } from 'type-graphql';

type ResolverClass = abstract new (...args: never[]) => object;

/**
 * Hands type-graphql the resolver instances the composition root built with their services
 * (services.ts, `resolverInstances`). One container per schema: type-graphql keeps it per build.
 * A resolver class not registered must take no dependencies: it is made once, as type-graphql would. One that
 * takes some but was not wired is refused on its first call, rather than run with undefined services.
 */
export class ResolverContainer implements ContainerType {
  private readonly instances = new Map<ResolverClass, object>();

  constructor(instances: readonly object[]) {
    for (const instance of instances) this.instances.set(instance.constructor as ResolverClass, instance);
  }

  get(resolverClass: new () => object): object {
    let instance = this.instances.get(resolverClass);
    if (!instance) {
      if (resolverClass.length > 0) {
        throw new Error(`${resolverClass.name} takes services: build it in resolverInstances() (services.ts)`);
      }
      instance = new resolverClass();
      this.instances.set(resolverClass, instance);
    }
    return instance;
  }
}
