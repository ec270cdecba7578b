using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PortalProbe.Simulator.Accounts;
using PortalProbe.Simulator.Appeals;
using PortalProbe.Simulator.Chatbot;
using PortalProbe.Simulator.Disclosure;
using PortalProbe.Simulator.Enterprise;
using PortalProbe.Simulator.Faults;
using PortalProbe.Simulator.Handwritten.Internal;
using PortalProbe.Simulator.Links;
using PortalProbe.Simulator.Search;
using PortalProbe.Simulator.Styles;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Registration;
using PortalProbe.Simulator.TestEndpoints;

namespace PortalProbe.Simulator.Hosting;

/// <summary>Builds the one web application that serves every portal on its own address.</summary>
internal static class PortalApp
{
    private const long MaxRequestBodyBytes = 64 * 1024;
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(5);

    public static WebApplication Build(PortalDirectory directory, int port, SimulatorOptions options)
    {
        // The empty builder reads no appsettings and no ASPNETCORE_* variables, so nothing on the
        // machine can change what the simulator binds or logs.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(PortalApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            foreach (var address in directory.Addresses)
            {
                kestrel.Listen(address, port);
            }
        });
        builder.Services.AddRoutingCore();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddSingleton(directory);
        builder.Logging.ClearProviders().SetMinimumLevel(options.MinimumLogLevel);
        if (options.LoggerFactory is { } loggerFactory)
        {
            builder.Logging.AddProvider(new ForwardingLoggerProvider(loggerFactory));
        }

        var app = builder.Build();
        app.Use(ErrorHandling.InvokeAsync);
        app.Use(PortalResolution.Middleware(directory));
        app.Use(HangFault.InvokeAsync);
        app.Use(RequestFaults.InvokeAsync);
        app.Use(LinkRoutes.InvokeAsync);
        app.Use(HandwrittenDispatch.For(options));
        app.Use(StyleDispatch.InvokeAsync);
        app.UseRouting();
        app.MapPage("/", HomePage.Show);
        app.MapPage("/faq", FaqPage.Show);
        app.MapRegistration();
        app.MapLogin();
        app.MapAppeals();
        app.MapChat();
        app.MapSearch();
        app.MapDisclosure();
        app.MapEnterprise();
        app.MapTestEndpoints();
        return app;
    }
}
