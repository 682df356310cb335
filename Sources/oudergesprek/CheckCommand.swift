import OudergesprekKit

/// `oudergesprek controleer [PAD…]`: checks scenario files; exit 1 when any has a fout.
enum CheckCommand {
  static let spec = ArgumentParser.Spec(
    command: "controleer", options: ["--scenarios"], flags: ["--uitgebreid", "--help", "-h"], maximumPositionals: nil)

  static func run(_ arguments: [String], environment: [String: String]) throws(UsageError) -> ExitCode {
    let parsed = try ArgumentParser.parse(arguments, spec: spec)
    if parsed.has("--help") || parsed.has("-h") {
      Terminal.say(HelpText.text)
      return .success
    }
    let catalog: ScenarioCatalog
    if parsed.positionals.isEmpty {
      catalog = try ScenarioSource.catalog(option: parsed.option("--scenarios"), environment: environment)
      guard catalog.directory != nil else {
        throw UsageError("geen map Scenarios gevonden; geef een pad op of gebruik --scenarios PAD")
      }
    } else {
      catalog = ScenarioCatalog.load(paths: parsed.positionals)
    }
    let detailed = parsed.has("--uitgebreid")
    var errors = 0
    var warnings = 0
    for file in catalog.files {
      for diagnostic in file.diagnostics {
        Terminal.say(
          detailed ? diagnostic.rendered(path: file.path, source: file.source) : diagnostic.headline(path: file.path))
        if diagnostic.severity == .fout { errors += 1 } else { warnings += 1 }
      }
      // Past the first problems of a file only their number is shown; they still count.
      if let summary = file.omittedSummary { Terminal.say(summary) }
      errors += file.omittedErrors
      warnings += file.omittedWarnings
    }
    let count = catalog.files.count
    Terminal.say(
      "\(count) bestand\(count == 1 ? "" : "en") gecontroleerd: \(errors) fout\(errors == 1 ? "" : "en"), \(warnings) waarschuwing\(warnings == 1 ? "" : "en")."
    )
    return errors > 0 ? .checkFailed : .success
  }
}
