import type { ContainerType } from 'type-graphql';

type ResolverClass = abstract new (...args: never[]) => object;

/**
 * Hands type-graphql the resolver instances the composition root built with their services
 * (services.ts, `resolverInstances`). One container per schema: type-graphql keeps it per build.
 * A resolver class not registered has no dependencies and is made once, as type-graphql would.
 */
export class ResolverContainer implements ContainerType {
  private readonly instances = new Map<ResolverClass, object>();

  constructor(instances: readonly object[]) {
    for (const instance of instances) this.instances.set(instance.constructor as ResolverClass, instance);
  }

  get(resolverClass: new () => object): object {
    let instance = this.instances.get(resolverClass);
    if (!instance) {
      instance = new resolverClass();
      this.instances.set(resolverClass, instance);
    }
    return instance;
  }
}
