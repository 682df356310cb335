import OudergesprekKit

/// `oudergesprek voortgang`: progress over all saved sessions, overall and per scenario.
enum ProgressCommand {
  static let spec = ArgumentParser.Spec(command: "voortgang", flags: ["--help", "-h"])

  static func run(_ arguments: [String], environment: [String: String]) throws(UsageError) -> ExitCode {
    let parsed = try ArgumentParser.parse(arguments, spec: spec)
    if parsed.has("--help") || parsed.has("-h") {
      Terminal.say(HelpText.text)
      return .success
    }
    let store = TranscriptStore.sessions(environment: environment)
    Terminal.say(ProgressReport(store.all().map(\.transcript)).text())
    return .success
  }
}
