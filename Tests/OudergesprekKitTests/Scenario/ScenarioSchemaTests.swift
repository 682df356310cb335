import Testing

@testable import OudergesprekKit

/// `Scenarios/scenario.schema.json` and the decoder describe the same format.
///
/// Nothing is listed twice: instances are generated from the schema and the decoder's own messages say
/// which fields and words it accepts.
@Suite("Scenarioschema")
struct ScenarioSchemaTests {
  let schema: SchemaInstance
  let full: JSONNode
  let places: [SchemaInstance.ObjectPlace]

  init() throws {
    schema = try SchemaInstance()
    full = schema.instance(of: schema.root)
    places = schema.objectPlaces()
  }

  /// The errors in `diagnostics` that decoding the full instance does not already give.
  func errors(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    let baseline = SchemaInstance.decode(full)
    return diagnostics.filter { $0.severity == .fout && !baseline.contains($0) }
  }

  @Test("Het schema is een draft 2020-12-schema dat onbekende velden overal verbiedt")
  func schemaIsStrict() {
    #expect(schema.root["$schema"]?.string == "https://json-schema.org/draft/2020-12/schema")
    #expect(places.count >= 9)
    for place in places {
      #expect(place.schema["additionalProperties"]?.value == .bool(false), "\(place.name) staat onbekende velden toe")
      for member in place.properties where member.key != "$schema" {
        let property = schema.resolve(member.value)
        #expect(
          member.value["description"] != nil || property["description"] != nil,
          "\(place.name).\(member.key) heeft geen description")
      }
    }
  }

  @Test("Elk scenario in Scenarios/ voldoet aan het schema")
  func libraryFollowsSchema() throws {
    #expect(
      schema.keywords().subtracting(SchemaInstance.checkedKeywords).subtracting(SchemaInstance.annotations).isEmpty,
      "het schema gebruikt een sleutelwoord dat deze test niet controleert")
    let files = ScenarioCollectionTests.catalog.files
    #expect(files.count >= 13)
    for file in files {
      let root = try JSONParser.parse(try #require(file.source))
      #expect(schema.problems(in: root).isEmpty, "\(file.path): \(schema.problems(in: root))")
    }
  }

  @Test("De schemacontrole vindt een tikfout, een onbekend woord en een ontbrekend veld")
  func schemaCheckCanFail() throws {
    let file = try #require(ScenarioCollectionTests.catalog.files.first?.source)
    let root = try JSONParser.parse(file)
    let broken = root.changingMembers { members in
      members.removeAll { $0.key == "titel" }
      members.append(.init(key: "moeilijkheidsgraad", keyLocation: .start, value: .string("moeilijk")))
    }.replacing(at: [.key("soort")]) { _ in .string("oudergesprek") }
    let problems = schema.problems(in: broken)
    #expect(problems.count == 3, "\(problems)")
  }

  @Test("Een scenario met elk veld uit het schema wordt zonder meldingen gelezen")
  func fullInstanceDecodes() {
    let diagnostics = SchemaInstance.decode(full)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
  }

  @Test("Per object noemen schema en decoder dezelfde velden")
  func propertyNamesMatch() throws {
    for place in places {
      let probe = full.replacing(at: place.path[...]) { object in
        object.changingMembers { $0.append(.init(key: "geenBestaandVeld", keyLocation: .start, value: .string("x"))) }
      }
      let message = try #require(
        SchemaInstance.decode(probe).map(\.message).first { $0.contains("\"geenBestaandVeld\"") },
        "de decoder meldt geen onbekend veld in \(place.name)")
      let allowed = try #require(message.range(of: "(toegestaan: "), "geen lijst toegestane velden in: \(message)")
      let list = message[allowed.upperBound...].dropLast()
      let decoderKeys = Set(list.components(separatedBy: ", "))
      let schemaKeys = Set(place.properties.map(\.key)).subtracting(["$schema"])
      #expect(decoderKeys == schemaKeys, "\(place.name)")
    }
  }

  @Test("Verplichte velden in het schema zijn precies de velden die de decoder eist")
  func requiredFieldsMatch() {
    for place in places {
      for member in place.properties {
        let probe = full.replacing(at: place.path[...]) { object in
          object.changingMembers { $0.removeAll { $0.key == member.key } }
        }
        let errors = errors(SchemaInstance.decode(probe))
        if place.required.contains(member.key) {
          #expect(
            errors.contains { $0.message.contains("verplicht veld \"\(member.key)\" ontbreekt") },
            "\(place.name).\(member.key) is verplicht in het schema, maar de decoder mist hem niet")
        } else {
          #expect(errors.isEmpty, "\(place.name).\(member.key) is optioneel in het schema: \(errors.map(\.message))")
        }
      }
    }
  }

  @Test("Een waarde van het verkeerde type wordt door de decoder afgewezen")
  func wrongTypesAreRejected() {
    for place in places {
      for member in place.properties where member.key != "$schema" {
        let property = schema.resolve(member.value)
        let wrong: JSONNode =
          property["type"]?.string == "string" || property["enum"] != nil ? .number(1) : .string("x")
        let probe = full.replacing(at: (place.path + [.key(member.key)])[...]) { _ in
          property["oneOf"] != nil ? .number(1) : wrong
        }
        #expect(
          !errors(SchemaInstance.decode(probe)).isEmpty,
          "\(place.name).\(member.key) met een waarde van het verkeerde type wordt geaccepteerd")
      }
    }
  }

  @Test("Grenzen van getallen in het schema zijn die van de decoder")
  func integerRangesMatch() throws {
    for place in places {
      for member in place.properties {
        let property = schema.resolve(member.value)
        guard property["type"]?.string == "integer" else { continue }
        let low = try #require(property["minimum"]?.number, "\(place.name).\(member.key) heeft geen minimum")
        let high = try #require(property["maximum"]?.number, "\(place.name).\(member.key) heeft geen maximum")
        let path = (place.path + [.key(member.key)])[...]
        for (value, valid) in [(low, true), (high, true), (low - 1, false), (high + 1, false), (low + 0.5, false)] {
          let errors = errors(SchemaInstance.decode(full.replacing(at: path) { _ in .number(value) }))
          #expect(errors.isEmpty == valid, "\(place.name).\(member.key) = \(value): \(errors.map(\.message))")
        }
      }
    }
  }

  /// Every `enum` in the schema, with the path of its value in the full instance.
  func enumPlaces() -> [(name: String, path: [SchemaInstance.Step], words: [String])] {
    var result: [(String, [SchemaInstance.Step], [String])] = []
    for place in places {
      for member in place.properties {
        var property = schema.resolve(member.value)
        var path = place.path + [.key(member.key)]
        if let first = property["oneOf"]?.elements?.first {
          property = schema.resolve(first)
        }
        if property["enum"] == nil, let items = property["items"] {
          property = schema.resolve(items)
          path.append(.index(0))
        }
        if let words = property["enum"]?.strings {
          result.append(("\(place.name).\(member.key)", path, words))
        }
      }
    }
    return result
  }

  @Test("Elke woordenlijst in het schema is precies wat de decoder accepteert")
  func enumsMatchDecoder() throws {
    let enums = enumPlaces()
    #expect(enums.count >= 7)
    for (name, path, words) in enums {
      for word in words {
        let errors = errors(SchemaInstance.decode(full.replacing(at: path[...]) { _ in .string(word) }))
        #expect(errors.isEmpty, "\(name) = \"\(word)\" staat in het schema, maar: \(errors.map(\.message))")
      }
      let errors = errors(SchemaInstance.decode(full.replacing(at: path[...]) { _ in .string("geen-woord") }))
      let message = try #require(errors.first?.message, "\(name) accepteert een woord dat niet in het schema staat")
      if let range = message.range(of: "moet een van deze zijn: ") {
        let listed = message[range.upperBound...].prefix { $0 != ";" }.components(separatedBy: ", ")
        #expect(Set(listed) == Set(words), "\(name): de decoder noemt \(listed)")
      }
    }
  }

  @Test("De woordenlijsten volgen de typen van de kit")
  func enumsFollowKitTypes() {
    let words = Dictionary(enumPlaces().map { ($0.name, $0.words) }, uniquingKeysWith: { first, _ in first })
    #expect(words["het scenario.soort"] == ConversationKind.allCases.map(\.rawValue))
    #expect(words["het scenario.rol"] == TeacherRole.allCases.map(\.rawValue))
    #expect(words["het scenario.initiatief"] == Initiator.allCases.map(\.rawValue))
    #expect(words["het scenario.moeilijkheid"] == Difficulty.allCases.map(\.rawValue))
    let selectors = words.filter { $0.key.hasSuffix(".bij") }
    #expect(selectors.count == 2)
    for (name, list) in selectors {
      #expect(Set(list) == Set(MarkerSelector.allWords), "\(name)")
      #expect(list.allSatisfy { MarkerSelector($0) != nil }, "\(name)")
    }
    let endings = words.first { $0.key.hasSuffix(".einde") }?.value ?? []
    #expect(Set(endings).isSubset(of: ConversationOutcome.allCases.map(\.rawValue)))
  }
}
