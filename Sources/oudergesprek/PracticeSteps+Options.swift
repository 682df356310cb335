extension PracticeSteps {
  /// The options of `oefen` that switch the steps on or off.
  static let flags: Set<String> = [
    "--voorbereiding", "--zonder-voorbereiding", "--zelfbeoordeling", "--zonder-zelfbeoordeling",
  ]

  /// At a terminal both steps are on unless switched off; with input from a pipe only when asked for,
  /// so that a script holds only the replies.
  init(_ parsed: ArgumentParser.Parsed, inputIsTerminal: Bool) throws(UsageError) {
    prepare = try Self.decide(parsed, on: "--voorbereiding", off: "--zonder-voorbereiding", default: inputIsTerminal)
    assess = try Self.decide(
      parsed, on: "--zelfbeoordeling", off: "--zonder-zelfbeoordeling", default: inputIsTerminal)
  }

  private static func decide(_ parsed: ArgumentParser.Parsed, on: String, off: String, default value: Bool)
    throws(UsageError) -> Bool
  {
    if parsed.has(on) && parsed.has(off) { throw UsageError("kies \(on) of \(off), niet allebei") }
    if parsed.has(on) { return true }
    if parsed.has(off) { return false }
    return value
  }
}
