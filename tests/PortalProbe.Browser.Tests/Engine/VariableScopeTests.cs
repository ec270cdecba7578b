using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Privacy;
using static PortalProbe.Browser.Tests.Support.ScriptBuilder;

namespace PortalProbe.Browser.Tests.Engine;

internal sealed class VariableScopeTests
{
    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["base"] = "http://127.78.0.1:8080/",
        ["city.name"] = "杭州市",
    };

    [Test]
    public void Resolve_VariablesAndLiterals_AreJoined()
    {
        var scope = new VariableScope(Values, _ => null, new SensitiveValues());

        Assert.That(scope.Resolve(Template("${base}faq?city=${city.name}")), Is.EqualTo("http://127.78.0.1:8080/faq?city=杭州市"));
    }

    [Test]
    public void Resolve_EscapedReference_IsLiteral()
    {
        var scope = new VariableScope(Values, _ => null, new SensitiveValues());

        Assert.That(scope.Resolve(Template("$${base}")), Is.EqualTo("${base}"));
    }

    [Test]
    public void Resolve_Secret_ReturnsTheValueAndRegistersItAsSensitive()
    {
        var sensitive = new SensitiveValues();
        var scope = new VariableScope(Values, name => name == "PP_PASSWORD" ? "CanaryPw-42" : null, sensitive);

        var value = scope.Resolve(Template("pw=${secret:PP_PASSWORD}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(value, Is.EqualTo("pw=CanaryPw-42"));
            Assert.That(sensitive.Values, Is.EqualTo(new[] { "CanaryPw-42" }));
            Assert.That(sensitive.Redact(value), Is.EqualTo("pw=●●●"));
        }
    }

    [Test]
    public void Resolve_UnknownVariable_ThrowsScriptRuntimeExceptionNamingIt()
    {
        var scope = new VariableScope(Values, _ => null, new SensitiveValues());

        Assert.That(() => scope.Resolve(Template("${bsae}faq")),
            Throws.TypeOf<ScriptRuntimeException>().With.Message.EqualTo("variable '${bsae}' has no value"));
    }

    [Test]
    public void Resolve_SecretNotInTheEnvironment_ThrowsScriptRuntimeExceptionNamingIt()
    {
        var scope = new VariableScope(Values, _ => "", new SensitiveValues());

        Assert.That(() => scope.Resolve(Template("${secret:PP_PHONE}")),
            Throws.TypeOf<ScriptRuntimeException>().With.Message.EqualTo("secret 'PP_PHONE' is not set in the environment"));
    }

    [Test]
    public void Fork_SetInTheFork_LeavesTheParentAlone()
    {
        var parent = new VariableScope(Values, _ => null, new SensitiveValues());
        var fork = parent.Fork();

        fork.Set("ticket", "HZ202611220001");
        fork.Set("base", "http://127.78.0.2/");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fork.Resolve(Template("${base}${ticket}")), Is.EqualTo("http://127.78.0.2/HZ202611220001"));
            Assert.That(parent.Resolve(Template("${base}")), Is.EqualTo("http://127.78.0.1:8080/"));
            Assert.That(() => parent.Resolve(Template("${ticket}")), Throws.TypeOf<ScriptRuntimeException>());
        }
    }

    [Test]
    public void Fork_SecretResolvedInTheFork_IsSensitiveForTheParentToo()
    {
        var sensitive = new SensitiveValues();
        var parent = new VariableScope(Values, _ => "13912345678", sensitive);

        parent.Fork().Resolve(Template("${secret:PP_PHONE}"));

        Assert.That(sensitive.Redact("phone=13912345678"), Is.EqualTo("phone=●●●"));
    }
}
