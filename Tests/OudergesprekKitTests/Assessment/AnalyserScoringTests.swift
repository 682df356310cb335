import OudergesprekKit
import Testing

@Suite("De analyser als cijfer van 1 tot 5")
struct AnalyserScoringTests {
  private static let calm = EmotionSnapshot(state: "rustig", name: "rustig", intensity: 3)

  private func replies(_ markers: [[Marker]], parts: [[IMessagePart]] = []) -> [TranscriptTurn] {
    markers.enumerated().map { index, found in
      TranscriptTurn(
        speaker: .docent, text: "antwoord \(index)", markers: found,
        iMessageParts: index < parts.count ? parts[index] : [], emotion: Self.calm)
    }
  }

  private func score(_ criterion: AssessmentCriterion, _ turns: [TranscriptTurn], outcome: ConversationOutcome? = nil)
    -> Int?
  {
    AnalyserScoring.scores(replies: turns, outcome: outcome).first { $0.criterion == criterion }?.score
  }

  @Test(
    "luisteren: het aandeel antwoorden (van 5) met actief luisteren bepaalt het cijfer",
    arguments: [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)])
  func listening(listeningReplies: Int, expected: Int) {
    let markers = (0..<5).map { $0 < listeningReplies ? [Marker.parafrase] : [Marker.adviseren] }
    #expect(score(.luisteren, replies(markers)) == expected)
  }

  @Test("blokkades vermeden: hoe meer blokkades, hoe lager", arguments: [(0, 5), (1, 4), (2, 3), (4, 2), (5, 1)])
  func blockades(count: Int, expected: Int) {
    let markers = (0..<6).map { $0 < count ? [Marker.geruststellen] : [Marker.openVraag] }
    #expect(score(.blokkadesVermeden, replies(markers)) == expected)
  }

  @Test("ik-boodschappen: twee, waarvan één compleet, is een 5; een jij-boodschap kost een punt")
  func iMessages() {
    let complete = replies(
      [[.ikBoodschap], [.ikBoodschap], [.openVraag]], parts: [[.gedrag, .gevolg, .gevoel], [.gevoel]])
    #expect(score(.ikBoodschappen, complete) == 5)
    let withBlame = replies([[.ikBoodschap], [.ikBoodschap], [.jijBoodschap]], parts: [[.gedrag, .gevolg, .gevoel]])
    #expect(score(.ikBoodschappen, withBlame) == 4)
    #expect(score(.ikBoodschappen, replies([[.openVraag]], parts: [[.gevoel]])) == 2)
    #expect(score(.ikBoodschappen, replies([[.openVraag]])) == 1)
  }

  @Test("de afronding: elke afrondende zet telt, en een ouder die klaar is voor afspraken ook")
  func ending() {
    let turns = replies([[.afrondingAankondigen], [.vervolgafspraak], [.bedanken]])
    #expect(score(.afronding, turns, outcome: .gestopt) == 4)
    #expect(score(.afronding, turns, outcome: .opgelost) == 5)
    #expect(score(.afronding, replies([[.openVraag]])) == 1)
  }

  @Test(
    "de afronding: is de afsluiting beoordeeld, dan telt de score van de afsluiting (0-100) in vijf stappen",
    arguments: [(0, 1), (20, 2), (55, 3), (70, 4), (100, 5)])
  func judgedClosing(points: Int, expected: Int) {
    let criterion = EndingCriterion(id: .vervolgafspraak, met: points > 0, points: points, feedback: "")
    let ending = EndingAssessment(kind: .vroeg, criteria: [criterion], startedAtTurn: 1)
    let score = AnalyserScoring.scores(replies: replies([[.bedanken]]), outcome: .gestopt, ending: ending)
      .first { $0.criterion == .afronding }
    #expect(score?.score == expected)
    #expect(score?.explanation.contains("\(points) van 100") == true)
  }

  @Test("zonder antwoorden van de docent heeft de analyser geen oordeel")
  func noReplies() {
    #expect(AnalyserScoring.scores(replies: [], outcome: .gestopt).isEmpty)
  }

  @Test("elk cijfer heeft een uitleg die zegt wat er geteld is")
  func explanations() {
    let scores = AnalyserScoring.scores(replies: replies([[.adviseren], [.parafrase]]), outcome: nil)
    #expect(scores.map(\.criterion) == AssessmentCriterion.allCases)
    #expect(scores.first { $0.criterion == .blokkadesVermeden }?.explanation.contains("adviseren") == true)
    #expect(scores.first { $0.criterion == .luisteren }?.explanation.contains("1 van 2") == true)
  }
}
