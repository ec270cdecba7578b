using System.Text;
using PortalProbe.Population.Internal;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Population.Writing;

/// <summary>
/// Writes a population folder: personalities.json, questions.json, ground-truth.json, the style templates under
/// templates/&lt;style&gt;/ and one script per city under cities/&lt;code&gt;-&lt;pinyin&gt;.yaml. The folder is then a
/// checks folder of its own (validate it, run it) and what <see cref="Serving.PopulationServer"/> serves. Output is
/// UTF-8 without BOM with LF line ends, byte-identical for the same population.
/// </summary>
public static class PopulationWriter
{
    public const string CitiesFolder = "cities";
    public const string TemplatesFolder = "templates";

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="population"/> into <paramref name="outDir"/>, replacing an earlier population there.</summary>
    /// <exception cref="IOException">When the folder holds other files than a population's.</exception>
    public static void Write(Population population, string outDir)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(outDir);
        Prepare(outDir);
        PersonalityFile.Save(Path.Combine(outDir, PersonalityFile.FileName), population.Personalities);
        File.WriteAllText(Path.Combine(outDir, PersonalityFile.QuestionsFileName), Generation.QuestionBankFile.Text.ReplaceLineEndings("\n"), Utf8);
        File.WriteAllBytes(Path.Combine(outDir, GroundTruthJson.FileName), GroundTruthJson.ToUtf8(population));
        foreach (var (path, text) in Resources.Templates())
        {
            var target = Path.Combine(outDir, TemplatesFolder, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text.ReplaceLineEndings("\n"), Utf8);
        }

        var cities = Path.Combine(outDir, CitiesFolder);
        Directory.CreateDirectory(cities);
        for (var i = 0; i < population.Cities.Count; i++)
        {
            var city = population.Cities[i];
            var script = CityScriptWriter.Write(city, population.Personalities.Portals[i], population.Seed, population.AsOf);
            File.WriteAllText(Path.Combine(cities, CityScriptWriter.FileName(city)), script, Utf8);
        }
    }

    private static void Prepare(string outDir)
    {
        Directory.CreateDirectory(outDir);
        var ours = new HashSet<string>(StringComparer.Ordinal)
        {
            PersonalityFile.FileName, PersonalityFile.QuestionsFileName, GroundTruthJson.FileName, CitiesFolder, TemplatesFolder,
        };
        var foreign = Directory.EnumerateFileSystemEntries(outDir).Select(Path.GetFileName).Where(n => !ours.Contains(n!)).ToList();
        if (foreign.Count > 0)
        {
            throw new IOException($"{outDir} holds files that are not a population's ({string.Join(", ", foreign.Take(5))}); choose an empty folder");
        }

        foreach (var folder in new[] { CitiesFolder, TemplatesFolder }.Select(f => Path.Combine(outDir, f)).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
