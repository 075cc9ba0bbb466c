using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace RaQuan.Themes.Default;

/// <summary>
/// Creates components from factories made once per component type for the whole build. Without it each
/// <see cref="Microsoft.AspNetCore.Components.Web.HtmlRenderer"/> makes its own activator, which compiles a factory
/// for every component it meets: with a renderer per page that was a compiled expression per component per page,
/// and freeing them kept the finalizer thread busy for a quarter of a large build.
/// </summary>
internal sealed class CachedComponentActivator(IServiceProvider services) : IComponentActivator
{
    private static readonly ConcurrentDictionary<Type, ObjectFactory> Factories = new();

    // The interface's annotation tells the trimmer to keep the constructor the factory calls. GetOrAdd's factory
    // would lose it (a delegate's parameter carries none), hence TryGetValue first.
    public IComponent CreateInstance([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] Type componentType)
    {
        if (!Factories.TryGetValue(componentType, out var factory))
        {
            factory = Factories.GetOrAdd(componentType, ActivatorUtilities.CreateFactory(componentType, Type.EmptyTypes));
        }

        return (IComponent)factory(services, []);
    }
}
