import Foundation
import Testing

/// The screen in a real terminal window: text wrapped to the window between words, a short summary at the end,
/// and `verslag` rendered for reading.
@Suite("Het scherm in een terminal van 80 en 110 kolommen")
struct ScreenEndToEndTests {
  static let script =
    [
      "Ik hoor dat u zich zorgen maakt over de cijfers van Sanne en dat u zich afvraagt wat er achter zit.",
      "Kunt u daar meer over vertellen?",
      "Dus het is thuis zwaar en dat merkt Sanne.",
      "Zullen we donderdag om vier uur verder praten, met de zorgcoördinator erbij?",
      // The story is not uncovered in four replies, so the teacher closes herself.
      "/stop",
      "Dank u wel voor uw komst.",
      "",
    ].joined(separator: "\n") + "\n"

  /// Every row fits the window, so the terminal never breaks a word; returns the widest row. A single word
  /// wider than the window (a long file path) cannot be wrapped and is the only exception.
  private func expectNoSplitWords(_ screen: ScreenRun.Screen, columns: Int) -> Int {
    var widest = 0
    for row in screen.rows {
      widest = max(widest, row.count)
      let oneWord = !row.trimmingCharacters(in: .whitespaces).contains(" ")
      #expect(row.count <= columns || oneWord, "te breed voor \(columns) kolommen: \(row)")
    }
    return widest
  }

  @Test(
    "een gesprek op 80 en 110 kolommen: geen regel breder dan het venster, de briefing in hele woorden",
    arguments: [80, 110])
  func practiceSession(columns: Int) throws {
    let home = Executable.temporaryDirectory()
    let screen = try ScreenRun.run(
      ["oefen", "bezorgde-moeder-cijfers", "--seed", "1"], input: Self.script, columns: columns, home: home)
    #expect(screen.status == 0)
    let widest = expectNoSplitWords(screen, columns: columns)
    #expect(
      widest > 78 || columns <= 80, "op \(columns) kolommen wordt de breedte ook gebruikt (breedste regel \(widest))")
    // The words of the briefing all arrive whole (a word broken at the edge would be two tokens).
    let shown = Set(screen.rows.joined(separator: " ").split(separator: " ").map(String.init))
    for word in "Sinds de kerstvakantie zijn haar cijfers gedaald en is ze stil in de klas.".split(separator: " ") {
      #expect(shown.contains(String(word)), "\(word)")
    }
    // The end is a short summary for the terminal, not the Markdown report.
    #expect(screen.text.contains("Oefen nu"))
    #expect(!screen.text.contains("# Verslag"))
    #expect(!screen.text.contains("|---|"))
    #expect(!screen.text.contains("**"))
    #expect(!screen.text.contains("```"))
    #expect(screen.text.components(separatedBy: "Terugblik").count == 1)
    #expect(screen.rows.count < 140)
  }

  @Test("verslag op een terminal is opgemaakt om te lezen; naar een pipe blijft het Markdown", arguments: [80, 110])
  func reportOnScreen(columns: Int) throws {
    let home = Executable.temporaryDirectory()
    let played = try Executable.run(
      ["oefen", "bezorgde-moeder-cijfers", "--seed", "1"], input: Self.script, home: home)
    #expect(played.status == 0)
    let folder = home.appendingPathComponent("sessies")
    let json = try #require(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".json") })
    let path = folder.appendingPathComponent(json).path
    let screen = try ScreenRun.run(["verslag", path], input: "", columns: columns, home: home)
    #expect(screen.status == 0)
    _ = expectNoSplitWords(screen, columns: columns)
    #expect(screen.text.contains("Verslag oefengesprek"))
    for mark in ["# Verslag", "|---|", "**", "```", "## "] { #expect(!screen.text.contains(mark), "\(mark)") }
    let piped = try Executable.run(["verslag", path], home: home)
    #expect(piped.stdout.hasPrefix("# Verslag oefengesprek"))
    #expect(piped.stdout.contains("|---|"))
  }

  @Test("uit een pipe staan Terugblik en Afronding niet dubbel, ook zonder zelfbeoordeling")
  func pipedNoDuplicates() throws {
    let run = try Executable.run(["oefen", "bezorgde-moeder-cijfers", "--seed", "1"], input: Self.script)
    #expect(run.status == 0)
    #expect(!run.stdout.contains("Terugblik"))
    #expect(run.stdout.components(separatedBy: "### Afronding").count == 2)
    #expect(!run.stdout.contains("Afronding (afronden aan het eind van het gesprek):"))
  }
}
