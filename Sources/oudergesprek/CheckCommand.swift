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
      // `controleer Scenarios/*.json` also names the schema beside the scenarios: it is no scenario.
      let isSchema = { (path: String) in path.split(separator: "/").last == "scenario.schema.json" }
      for path in parsed.positionals where isSchema(path) {
        Terminal.say("\(path): overgeslagen; dit is het schema van de scenariobestanden, geen scenario.")
      }
      catalog = ScenarioCatalog.load(paths: parsed.positionals.filter { !isSchema($0) })
    }
    let detailed = parsed.has("--uitgebreid")
    var errors = 0
    var warnings = 0
    var tests = TestPlan()
    let analyzer = DutchReplyAnalyzer()
    for file in catalog.files {
      var diagnostics = file.diagnostics
      if let scenario = file.scenario {
        let plan = TestPlan.run(scenario, analyzer: analyzer)
        diagnostics += plan.diagnostics
        tests.add(plan)
      }
      for diagnostic in diagnostics {
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
    if tests.conversations > 0 { Terminal.say(tests.summary) }
    Terminal.say(
      "\(count) bestand\(count == 1 ? "" : "en") gecontroleerd: \(errors) fout\(errors == 1 ? "" : "en"), \(warnings) waarschuwing\(warnings == 1 ? "" : "en")."
    )
    return errors > 0 ? .checkFailed : .success
  }
}
