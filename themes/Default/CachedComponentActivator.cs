using System.Collections.Concurrent;
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

    public IComponent CreateInstance(Type componentType)
    {
        var factory = Factories.GetOrAdd(componentType, type => ActivatorUtilities.CreateFactory(type, Type.EmptyTypes));
        return (IComponent)factory(services, []);
    }
}
