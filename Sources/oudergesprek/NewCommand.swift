import Foundation
import OudergesprekKit

/// `oudergesprek nieuw ID [--scenarios PAD]`: writes a starting scenario `ID.json` in the scenario folder.
enum NewCommand {
  static let spec = ArgumentParser.Spec(
    command: "nieuw", options: ["--scenarios"], flags: ["--help", "-h"], maximumPositionals: 1)

  static func run(_ arguments: [String], environment: [String: String]) throws(UsageError) -> ExitCode {
    let parsed = try ArgumentParser.parse(arguments, spec: spec)
    if parsed.has("--help") || parsed.has("-h") {
      Terminal.say(HelpText.text)
      return .success
    }
    guard let id = parsed.positionals.first else {
      throw UsageError("geef een id op: oudergesprek nieuw ID (kleine letters, cijfers en streepjes)")
    }
    guard ScenarioValidator.isValidID(id) else { throw UsageError(ScenarioTemplate.CreateError.invalidID(id).message) }
    let directory = try folder(option: parsed.option("--scenarios"), environment: environment)
    if id == BuiltInScenario.id {
      throw UsageError("'\(id)' is het id van het ingebouwde standaardscenario; kies een ander id")
    }
    let target = (directory as NSString).appendingPathComponent("\(id).json")
    if !FileManager.default.fileExists(atPath: target),
      let other = ScenarioCatalog.load(directory: directory).files.first(where: { $0.scenario?.id == id })
    {
      throw UsageError(
        "\(TerminalText.neutralize(other.path)) gebruikt het id '\(id)' al; kies een ander id")
    }
    let path: String
    do {
      path = try ScenarioTemplate.create(id: id, in: directory)
    } catch {
      if case .unwritable = error {
        Terminal.warn("oudergesprek: fout: \(error.message)")
        return .ioError
      }
      throw UsageError(error.message)
    }
    let shown = TerminalText.neutralize(path)
    Terminal.say("Nieuw scenario geschreven: \(shown)")
    Terminal.say(
      """
      Het heeft vier toestanden: genoeg om te controleren, te weinig om mee te oefenen. Zo ga je verder:
        1. Schrijf je eigen situatie, ouder, verhaal, toestanden en overgangen in het bestand
           (uitleg: docs/scenario-schrijven.md; met "$schema" helpt een editor als VS Code mee).
        2. oudergesprek controleer \(shown)    (speelt ook de testgesprekken)
        3. oudergesprek oefen \(id)
        4. oudergesprek graaf \(id)    (het emotiemodel als plaatje)
      """)
    let schema = (directory as NSString).appendingPathComponent("scenario.schema.json")
    if !FileManager.default.fileExists(atPath: schema) {
      Terminal.warn(
        "Let op: naast het bestand staat geen scenario.schema.json. Kopieer het uit de map Scenarios van oudergesprek, dan controleert je editor het bestand al terwijl je schrijft."
      )
    }
    return .success
  }

  /// The folder to write in: the scenario folder `oefen` would use, or the current folder when there is none.
  private static func folder(option: String?, environment: [String: String]) throws(UsageError) -> String {
    let current = FileManager.default.currentDirectoryPath
    guard
      let (path, source) = ScenarioDirectory.resolve(
        option: option, environment: environment, workingDirectory: current)
    else { return current }
    guard ScenarioDirectory.isDirectory(path) else {
      let origin = source == .option ? "--scenarios" : "OUDERGESPREK_SCENARIOS"
      throw UsageError("de scenariomap '\(path)' (uit \(origin)) bestaat niet of is geen map")
    }
    return path
  }
}
