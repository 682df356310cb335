import Foundation
import OudergesprekKit
import Testing

@Suite("Verslag van een gesprek")
struct SessionReportTests {
  let scenario = BuiltInScenario.loaded.scenario!
  let utc = TimeZone(identifier: "UTC")!

  func report(_ transcript: Transcript) -> String {
    SessionReport(transcript: transcript, scenario: scenario, timeZone: utc).markdown()
  }

  @Test("het verslag telt de gebruikte markers, zonder teruggenomen antwoorden")
  func markerCounts() {
    let text = report(ReportFixtures.session())
    #expect(text.contains("- gevoelsreflectie: 1×"))
    #expect(text.contains("- adviseren: 1×"))
    #expect(text.contains("- ik-boodschap: 1×"))
    #expect(!text.contains("- afleiden:"))
  }

  @Test("elke ik-boodschap staat erin met de delen die ontbreken")
  func iMessages() {
    let text = report(ReportFixtures.session())
    #expect(text.contains("Beurt 3 (aanzet): “Ik merk dat Sanne stil is.” Delen: gedrag. Mist: gevolg, gevoel."))
    #expect(text.contains("Beurt 4 (compleet)"))
  }

  @Test("het luisteraandeel is het deel van de geldende antwoorden met actief luisteren")
  func listeningShare() {
    let review = SessionReview(ReportFixtures.session())
    #expect(review.replies.count == 4)
    #expect(review.listeningShare == 0.25)
    #expect(report(ReportFixtures.session()).contains("25%: 1 van je 4 antwoorden in het gesprek luisterde actief"))
  }

  @Test("elke blokkade staat erin met het antwoord, wat het is, wat de ouder net zei en een beter alternatief")
  func blockades() throws {
    let text = report(ReportFixtures.session())
    let section = try #require(text.components(separatedBy: "### Blokkades").last?.components(separatedBy: "###").first)
    #expect(section.contains("Beurt 1: “Misschien moet u strenger zijn.”"))
    #expect(section.contains("Wat het is: Dit is adviseren;"))
    #expect(section.contains("De ouder zei net (boos, 8/10): “Waarom moest ik hier komen?”"))
    #expect(section.contains("Beter in deze situatie: “Ik merk dat dit u erg raakt."))
    #expect(!section.contains("Zo erg is het toch niet"))
  }

  @Test("de emotiecurve volgt de geldende beurten: start en na elk antwoord")
  func emotionCurve() {
    let review = SessionReview(ReportFixtures.session())
    #expect(review.emotionCurve.map(\.intensity) == [8, 8, 7, 5, 2])
    let text = report(ReportFixtures.session())
    #expect(text.contains("Verloop: boos (8) → verdedigend (7) → gespannen (5) → afspraken (2)"))
  }

  @Test("de zelfbeoordeling staat naast de analyse, met een opmerking bij een groot verschil")
  func selfAssessment() {
    var transcript = ReportFixtures.session()
    var assessment = SelfAssessment()
    assessment.set(5, for: .blokkadesVermeden)
    assessment.set(3, for: .actiefLuisteren)
    transcript.selfAssessment = assessment
    let text = report(transcript)
    #expect(text.contains("| blokkades vermeden | 5/5 | 4/5 | 1 blokkade |"))
    #expect(text.contains("| actief luisteren | 3/5 | 2/5 |"))
    #expect(text.contains("| ik-boodschappen | – | 5/5 |"))
    #expect(!text.contains("Je hebt jezelf deze keer geen scores gegeven."))
    #expect(!text.contains("Bij blokkades vermeden"))
    assessment.set(1, for: .ikBoodschappen)
    transcript.selfAssessment = assessment
    #expect(report(transcript).contains("Bij ik-boodschappen ben je strenger voor jezelf dan de analyse"))
  }

  @Test("emotionele afstand: een blokkade tegen een heftige ouder telt mee")
  func emotionalDistance() {
    let view = SessionReview(ReportFixtures.session()).view(on: .emotioneleAfstand)
    // Replies 1 (at 8) and 2 (at 8) and 3 (at 7) face a heated parent; reply 1 is a blockade.
    #expect(view.score == 4)
    #expect(view.reason.contains("1 van de 3"))
  }

  @Test("het verslag noemt teruggenomen antwoorden apart, reflectievragen en een concept-gespreksverslag")
  func sections() {
    let text = report(ReportFixtures.session())
    #expect(text.contains("### Teruggenomen met /opnieuw\n\n- “Zo erg is het toch niet.” (afleiden)"))
    for question in ReflectionQuestions.all { #expect(text.contains(question)) }
    #expect(text.contains("- **Datum:** 28 mei 2026"))
    #expect(text.contains("- **Aanwezig:** [jouw naam] (mentor), Karin de Boer (moeder van Sanne, 3 vwo)"))
    #expect(text.contains("- **Gesprek aangevraagd door:** school (mentor)"))
    #expect(text.contains("  - “Als Sanne haar huiswerk niet inlevert"))
    #expect(text.contains("~~Jij: Zo erg is het toch niet.~~ (teruggenomen)"))
  }

  @Test("zonder afspraak en zonder scenario vraagt het concept om aanvulling")
  func minutesWithoutScenario() {
    var transcript = ReportFixtures.session()
    transcript.turns.removeLast(2)
    let text = SessionReport(transcript: transcript, scenario: nil, timeZone: utc).markdown()
    #expect(text.contains("[Nog geen concrete afspraak gemaakt"))
    #expect(text.contains("- **Aanwezig:** [docent], [ouder]"))
  }

  @Test("de voorbereiding staat in het verslag, met commentaar op de openingszin")
  func preparation() {
    var transcript = ReportFixtures.session()
    var preparation = Preparation()
    let analyzer = ScriptedAnalyzer(["Ik hoor dat u zich zorgen maakt.": [.gevoelsreflectie]])
    #expect(preparation.record("Samen afspraken maken", for: .doel, analyzer: analyzer) == nil)
    let comment = preparation.record("Ik hoor dat u zich zorgen maakt.", for: .opening, analyzer: analyzer)
    transcript.preparation = preparation
    let text = report(transcript)
    #expect(comment?.contains("gevoelsreflectie") == true)
    #expect(text.contains("- **Doel van het gesprek:** Samen afspraken maken"))
    #expect(text.contains("Over je openingszin: Goed: je benoemt het gevoel van de ouder (gevoelsreflectie)."))
    #expect(text.contains("  - Doel van het gesprek: Samen afspraken maken"))
  }

  @Test("de beoordeelde afsluiting staat in het verslag en bepaalt de afrondingsscore")
  func ending() {
    var transcript = ReportFixtures.session()
    #expect(SessionReview(transcript).closingScore == 3)  // vervolgafspraak in the last replies, and resolved
    transcript.ending = EndingAssessment(
      kind: .vroeg,
      criteria: [
        EndingCriterion(id: .afrondingAankondigen, met: true, points: 15, feedback: "Je kondigde het einde aan."),
        EndingCriterion(id: .vervolgafspraak, met: false, points: 0, feedback: "Noem wanneer jullie verder praten."),
      ], reaction: .blijftOntevreden, startedAtTurn: 4)
    #expect(SessionReview(transcript).closingScore == 2)
    let text = report(transcript)
    #expect(text.contains("Je afsluiting (vroegtijdig afronden): 15/100, op de schaal van 1 tot 5: 2."))
    #expect(text.contains("- [x] einde aangekondigd (15/15): Je kondigde het einde aan."))
    #expect(text.contains("- [ ] concrete vervolgstap (0/25): Noem wanneer jullie verder praten."))
    #expect(text.contains("| de afronding | – | 2/5 | afsluiting 15/100: einde aangekondigd |"))
  }

  @Test("een oud transcript zonder nieuwe velden is nog leesbaar")
  func oldTranscriptDecodes() throws {
    let old = """
      {"version": 1, "scenario": "x", "scenarioTitle": "X", "seed": 1, "mode": "oefenen",
       "startedAt": "2026-01-02T10:00:00Z",
       "turns": [{"speaker": "ouder", "text": "Hallo", "emotion": {"state": "a", "name": "a", "intensity": 5}}]}
      """
    let transcript = try Transcript.decode(Data(old.utf8))
    #expect(transcript.preparation == nil)
    #expect(transcript.turns[0].counts)
    #expect(transcript.roles == nil && transcript.review == nil && transcript.turns[0].source == nil)
    let text = SessionReport(transcript: transcript, scenario: nil, timeZone: utc).markdown()
    #expect(text.contains("Je gaf geen antwoorden."))
  }
}
