import Foundation
import Testing

/// Writing a scenario without Swift, as a teacher educator would: `nieuw`, a test conversation in the file,
/// `controleer`, `graaf`.
@Suite("Een scenario schrijven: nieuw, testgesprekken, controleer, graaf")
struct AuthoringEndToEndTests {
  static func folder() throws -> URL {
    let url = Executable.temporaryDirectory()
    try FileManager.default.copyItem(
      at: Executable.packageRoot.appendingPathComponent("Scenarios/scenario.schema.json"),
      to: url.appendingPathComponent("scenario.schema.json"))
    return url
  }

  @Test("nieuw schrijft een beginscenario dat controleer doorstaat, met gespeelde testgesprekken, en dat te oefenen is")
  func newScenarioPassesCheck() throws {
    let folder = try Self.folder()
    let created = try Executable.run(["nieuw", "mijn-vader", "--scenarios", folder.path])
    #expect(created.status == 0, "\(created.stderr)")
    let path = folder.appendingPathComponent("mijn-vader.json").path
    #expect(created.stdout.contains(path))
    #expect(created.stderr.isEmpty, "\(created.stderr)")
    let check = try Executable.run(["controleer", path])
    #expect(check.status == 0, "\(check.stdout)")
    #expect(check.stdout.contains("1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen."))
    #expect(check.stdout.contains("testgesprekken gespeeld"))
    let practice = try Executable.run(
      ["oefen", "mijn-vader", "--scenarios", folder.path, "--seed", "1"], input: "Ik hoor dat u boos bent.\n/stop\n")
    #expect(practice.status == 0, "\(practice.stderr)")
  }

  @Test("nieuw weigert een bestaand bestand (en laat het staan) en een ongeldig id, met code 64")
  func newRefuses() throws {
    let folder = try Self.folder()
    let path = folder.appendingPathComponent("bestaat.json")
    try Data("mijn werk".utf8).write(to: path)
    let existing = try Executable.run(["nieuw", "bestaat", "--scenarios", folder.path])
    #expect(existing.status == 64)
    #expect(existing.stderr.contains("bestaat al"))
    #expect(try String(contentsOf: path, encoding: .utf8) == "mijn werk")
    for id in ["Bestaat", "../buiten", "met spatie"] {
      let bad = try Executable.run(["nieuw", id, "--scenarios", folder.path])
      #expect(bad.status == 64)
      #expect(bad.stderr.contains("geen geldig scenario-id"))
    }
    let missing = try Executable.run(["nieuw", "--scenarios", folder.path])
    #expect(missing.status == 64)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "bestaat.json", "scenario.schema.json",
      ])
  }

  @Test("een mislukt testgesprek in een nieuw scenario: controleer meldt het op zijn regel, met code 1")
  func failingConversationIsReported() throws {
    let folder = try Self.folder()
    #expect(try Executable.run(["nieuw", "mijn-vader", "--scenarios", folder.path]).status == 0)
    let file = folder.appendingPathComponent("mijn-vader.json")
    let text = try String(contentsOf: file, encoding: .utf8)
    let anchor = "\"testgesprekken\": ["
    let added = """
      \(anchor)
          {
            "naam": "verwijten werken niet",
            "antwoorden": ["U moet Daan gewoon eerder wakker maken.", "Dat is uw eigen verantwoordelijkheid."],
            "verwacht": { "uitkomst": "opgelost" }
          },
      """
    try text.replacingOccurrences(of: anchor, with: added).write(to: file, atomically: true, encoding: .utf8)
    let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    let line = try #require(lines.firstIndex { $0.contains("\"verwacht\": { \"uitkomst\": \"opgelost\" }") }) + 1
    let check = try Executable.run(["controleer", file.path])
    #expect(check.status == 1)
    #expect(
      check.stdout.contains(
        "\(file.path):\(line): fout: testgesprek 'verwijten werken niet': eindigde in geescaleerd, verwacht opgelost"),
      "\(check.stdout)")
    #expect(check.stdout.contains("beurt 2: 'Dat is uw eigen verantwoordelijkheid.' → toestand weg"))
    #expect(check.stdout.contains("4 testgesprekken gespeeld"))
    #expect(check.stdout.contains("1 mislukt"))
    let detailed = try Executable.run(["controleer", "--uitgebreid", file.path])
    #expect(detailed.stdout.contains(" \(line) |"))
  }

  @Test("controleer Scenarios/*.json slaat het schema over in plaats van het als kapot scenario te melden")
  func checkSkipsTheSchema() throws {
    let folder = Executable.packageRoot.appendingPathComponent("Scenarios")
    let check = try Executable.run([
      "controleer", folder.appendingPathComponent("scenario.schema.json").path,
      folder.appendingPathComponent("bezorgde-moeder-cijfers.json").path,
    ])
    #expect(check.status == 0, "\(check.stdout)")
    #expect(check.stdout.contains("1 bestand gecontroleerd: 0 fouten"), "\(check.stdout)")
  }

  @Test("een testgesprek speelt precies als een sessie uit een pipe: dezelfde toestanden en dezelfde uitkomst")
  func conversationMatchesPipedSession() throws {
    let folder = try Self.folder()
    #expect(try Executable.run(["nieuw", "mijn-vader", "--scenarios", folder.path]).status == 0)
    let home = folder.appendingPathComponent("data")
    let file = folder.appendingPathComponent("mijn-vader.json")
    let root = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
    let skilled = try #require((root?["testgesprekken"] as? [[String: Any]])?.first)
    let replies = try #require(skilled["antwoorden"] as? [String])
    let session = try Executable.run(
      ["oefen", "mijn-vader", "--scenarios", folder.path, "--seed", "4"],
      input: replies.joined(separator: "\n") + "\n", home: home)
    #expect(session.status == 0, "\(session.stderr)")
    let sessions = home.appendingPathComponent("sessies")
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: sessions.path).first { $0.hasSuffix(".json") })
    let transcript =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: sessions.appendingPathComponent(name))) as? [String: Any]
    let states = (transcript?["turns"] as? [[String: Any]])?.compactMap {
      ($0["emotion"] as? [String: Any])?["state"] as? String
    }
    #expect(transcript?["outcome"] as? String == "opgelost")
    #expect(states?.first == "boos")
    #expect(states?.contains("klaar") == true)
    let found = (transcript?["keyFactsFound"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
    #expect(
      found.map(Set.init) == Set(try #require(((skilled["verwacht"] as? [String: Any])?["kernGevonden"]) as? [String])))
    // The template's test conversation has these replies, seeds 1 to 5, and expects exactly this: it passes.
    let check = try Executable.run(["controleer", file.path])
    #expect(check.status == 0)
  }

  @Test("graaf toont het emotiemodel als Mermaid, met --dot als Graphviz, met --markdown in een blok")
  func graph() throws {
    let mermaid = try Executable.run(["graaf", "bezorgde-moeder-cijfers"])
    #expect(mermaid.status == 0, "\(mermaid.stderr)")
    #expect(mermaid.stdout.contains("flowchart LR"))
    #expect(mermaid.stdout.contains("einde: opgelost"))
    let dot = try Executable.run(["graaf", "bezorgde-moeder-cijfers", "--dot"])
    #expect(dot.status == 0)
    #expect(dot.stdout.hasPrefix("digraph \"bezorgde-moeder-cijfers\" {"))
    let markdown = try Executable.run(["graaf", "bezorgde-moeder-cijfers", "--markdown"])
    #expect(markdown.stdout.contains("```mermaid\n---\n"))
    #expect(markdown.stdout.hasSuffix("```\n"))
    let path = Executable.packageRoot.appendingPathComponent(
      "Tests/OudergesprekKitTests/Fixtures/testgesprekken/spelen.json")
    #expect(try Executable.run(["graaf", path.path]).stdout.contains("1. blokkade (2× achter elkaar)"))
  }

  @Test("graaf zonder scenario, met een onbekend scenario of een onbekende optie: een nette fout")
  func graphErrors() throws {
    let none = try Executable.run(["graaf"])
    #expect(none.status == 64)
    #expect(none.stderr.contains("geef een scenario op"))
    let unknown = try Executable.run(["graaf", "bestaat-niet"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("onbekend scenario"))
    let option = try Executable.run(["graaf", "bezorgde-moeder-cijfers", "--svg"])
    #expect(option.status == 64)
    let broken = Executable.packageRoot.appendingPathComponent(
      "Tests/OudergesprekKitTests/Fixtures/kapot/komma-mist.json")
    #expect(try Executable.run(["graaf", broken.path]).status == 65)
    let help = try Executable.run(["--help"])
    #expect(help.stdout.contains("oudergesprek graaf SCENARIO"))
    #expect(help.stdout.contains("oudergesprek nieuw ID"))
  }
}
