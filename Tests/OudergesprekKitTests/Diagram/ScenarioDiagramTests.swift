import Foundation
import Testing

@testable import OudergesprekKit

/// `oudergesprek graaf`: the emotion model of a small scenario as Mermaid and as dot, checked by structure.
@Suite("Het emotiemodel als graaf")
struct ScenarioDiagramTests {
  /// The small fixture: four states (two ends), four transitions, one with `achterElkaar: 2`.
  let scenario: Scenario
  let diagram: ScenarioDiagram

  init() throws {
    let loaded = ScenarioLoader.load(file: TestPlanFixture.playedPath)
    scenario = try #require(loaded.scenario, "\(loaded.detailedReport)")
    diagram = ScenarioDiagram(scenario)
  }

  /// The lines of `text` that match `pattern`, each as its capture groups.
  static func matches(_ pattern: String, in text: String) throws -> [[String]] {
    let regex = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).map { match in
      (1..<match.numberOfRanges).map { index in
        Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
      }
    }
  }

  @Test("Mermaid: een flowchart met elke toestand, haar intensiteit, het begin en de einden gemarkeerd")
  func mermaidStates() throws {
    let text = diagram.mermaid()
    #expect(try Self.matches(#"^flowchart LR$"#, in: text).count == 1)
    #expect(try Self.matches(#"^title: "Testgesprekken: een klein scenario om te spelen"$"#, in: text).count == 1)
    let nodes = try Self.matches(#"^  (s\d+)(\[|\(\[)"([^"]*)"(\]|\]\))$"#, in: text)
    #expect(nodes.count == scenario.emotions.states.count)
    for (index, state) in scenario.emotions.states.enumerated() {
      let node = try #require(nodes.first { $0[0] == "s\(index)" }, "geen knoop voor \(state.id)")
      #expect(node[2].hasPrefix(state.name))
      #expect(node[2].contains("intensiteit \(state.intensity)"))
      #expect((node[1] == "([") == (state.ending != nil), "\(state.id): een einde is rond, een gewone toestand niet")
      if let ending = state.ending { #expect(node[2].contains("einde: \(ending.rawValue)")) }
    }
    // The start: a circle pointing at the start state (boos, the first).
    #expect(try Self.matches(#"^  s_begin\(\("begin"\)\) --> s0$"#, in: text).count == 1)
    #expect(try Self.matches(#"^  class s2 opgelost$"#, in: text).count == 1)
    #expect(try Self.matches(#"^  class s3 geescaleerd$"#, in: text).count == 1)
    #expect(try Self.matches(#"^  classDef (opgelost|geescaleerd) "#, in: text).count == 2)
  }

  @Test("Mermaid: elke overgang is een pijl met haar nummer, markers en achterElkaar")
  func mermaidEdges() throws {
    let edges = try Self.matches(#"^  (s\d+) -->\|"([^"]*)"\| (s\d+)$"#, in: diagram.mermaid())
    #expect(
      edges.map { [$0[0], $0[2]] } == [["s0", "s3"], ["s0", "s1"], ["s1", "s2"], ["s1", "s0"]],
      "van boos naar weg, boos naar luistert, luistert naar klaar, luistert naar boos")
    #expect(
      edges.map(\.[1]) == ["1. blokkade (2× achter elkaar)", "2. luisteren", "3. vervolgafspraak", "4. blokkade"])
  }

  @Test("dot: dezelfde knopen en pijlen, einden dubbel omrand en gekleurd, geldige aanhalingstekens")
  func dot() throws {
    let text = diagram.dot()
    #expect(try Self.matches(#"^digraph "testgesprekken-spelen" \{$"#, in: text).count == 1)
    #expect(text.hasSuffix("}\n"))
    #expect(text.filter { $0 == "{" }.count == text.filter { $0 == "}" }.count)
    let nodes = try Self.matches(#"^  (s\d+) \[label="((?:[^"\\]|\\.)*)"(.*)\];$"#, in: text)
    #expect(nodes.count == scenario.emotions.states.count)
    for (index, state) in scenario.emotions.states.enumerated() {
      let node = try #require(nodes.first { $0[0] == "s\(index)" })
      #expect(node[1].hasPrefix(state.name + "\\n"))
      #expect(node[1].contains("intensiteit \(state.intensity)"))
      #expect(node[2].contains("peripheries=2") == (state.ending != nil))
    }
    #expect(try Self.matches(#"^  s_begin \[shape=point"#, in: text).count == 1)
    #expect(try Self.matches(#"^  s_begin -> s0;$"#, in: text).count == 1)
    let edges = try Self.matches(#"^  (s\d+) -> (s\d+) \[label="([^"]*)"\];$"#, in: text)
    #expect(edges.map { [$0[0], $0[1]] } == [["s0", "s3"], ["s0", "s1"], ["s1", "s2"], ["s1", "s0"]])
    #expect(edges.first?[2] == "1. blokkade (2× achter elkaar)")
  }

  @Test(
    "een overgang zonder van komt uit één knoop 'elke toestand'; een lijst van toestanden geeft een pijl per toestand")
  func everyStateAndLists() throws {
    var changed = scenario
    changed.emotions.transitions = [
      EmotionTransition(from: [], to: "weg", on: [.family(.blokkade)], inARow: 3),
      EmotionTransition(from: ["boos", "luistert"], to: "klaar", on: [.marker(.vervolgafspraak), .neutral]),
    ]
    let mermaid = ScenarioDiagram(changed).mermaid()
    #expect(try Self.matches(#"^  s_elk\{\{"[^"]+"\}\}$"#, in: mermaid).count == 1)
    let edges = try Self.matches(#"^  (s\d+|s_elk) -->\|"([^"]*)"\| (s\d+)$"#, in: mermaid)
    #expect(edges.map { [$0[0], $0[2]] } == [["s_elk", "s3"], ["s0", "s2"], ["s1", "s2"]])
    #expect(edges[0][1] == "1. blokkade (3× achter elkaar)")
    #expect(edges[1][1] == "2. vervolgafspraak, neutraal")
    let dot = ScenarioDiagram(changed).dot()
    #expect(try Self.matches(#"^  s_elk -> s3 \[label="#, in: dot).count == 1)
    #expect(!ScenarioDiagram(scenario).mermaid().contains("s_elk"))
  }

  @Test("aanhalingstekens, # en < > in namen breken de graaf niet")
  func escaping() {
    var changed = scenario
    changed.title = "Vader: \"boos\" #1"
    changed.emotions.states[0].name = "boos <\"echt\"> #1\\"
    let mermaid = ScenarioDiagram(changed).mermaid()
    #expect(mermaid.contains("title: \"Vader: \\\"boos\\\" #1\""))
    #expect(mermaid.contains("s0[\"boos #lt;#quot;echt#quot;#gt; #35;1\\"))
    let dot = ScenarioDiagram(changed).dot()
    #expect(dot.contains("s0 [label=\"boos <\\\"echt\\\"> #1\\\\\\n"))
  }
}
