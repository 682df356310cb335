// swift-format-ignore-file
// Written by `oudergesprek leer` (scripts/train-analyser-model); do not edit by hand.

/// The weights of the shipped marker model, one `feature|marker|weight` per line.
enum MarkerModelWeights {
  static let text = #"""
basis|ik-boodschap|-11.79
basis|jij-boodschap|-6.89
basis|parafrase|-6.87
basis|gevoelsreflectie|-9.46
basis|samenvatting|-15.07
basis|open-vraag|-15.69
basis|aanmoediging|-3.83
basis|bevelen|-6.16
basis|waarschuwen|-7.75
basis|moraliseren|-5.74
basis|adviseren|-8.76
basis|argumenteren|-7.59
basis|bekritiseren|-9.07
basis|prijzen|-8.55
basis|etiketteren|-4.72
basis|interpreteren|-6.7
basis|geruststellen|-7.56
basis|ondervragen|-7.76
basis|afleiden|-7.24
basis|afronding-aankondigen|-8.65
basis|vervolgafspraak|-13.21
basis|bedanken|-9.83
begin:ach|moraliseren|-0.96
begin:ach|adviseren|1.0
begin:ach|bekritiseren|-1.0
begin:ach|prijzen|-0.82
begin:ach|etiketteren|1.0
begin:ach|geruststellen|-1.8
begin:ach|afleiden|1.87
begin:aha|open-vraag|-0.98
begin:aha|aanmoediging|0.89
begin:alle|argumenteren|-0.99
begin:als|ik-boodschap|1.0
begin:als|parafrase|1.95
begin:als|samenvatting|0.79
begin:als|open-vraag|0.67
begin:als|aanmoediging|-0.96
begin:als|bevelen|-0.47
begin:als|waarschuwen|1.05
begin:als|moraliseren|-0.94
begin:als|argumenteren|-1.53
begin:als|bekritiseren|-1.84
begin:als|prijzen|-1.99
begin:als|geruststellen|-0.99
begin:als|ondervragen|-1.0
begin:als|afleiden|-0.98
begin:als|vervolgafspraak|-1.97
begin:als|bedanken|-0.99
begin:amira|bekritiseren|1.06
begin:andere|jij-boodschap|1.0
begin:andere|bekritiseren|1.0
begin:anders|bevelen|-0.53
begin:anders|waarschuwen|1.0
begin:bedankt|samenvatting|-1.0
begin:bedankt|argumenteren|-1.0
begin:bedankt|vervolgafspraak|-0.99
begin:bedankt|bedanken|1.0
begin:begrijp|open-vraag|-0.98
begin:begrijp|afleiden|-0.98
begin:begrijp|vervolgafspraak|-0.98
begin:begrijpt|bekritiseren|-1.0
begin:bent|vervolgafspraak|-0.92
begin:bij|waarschuwen|0.99
begin:blijft|waarschuwen|-1.0
begin:blijft|geruststellen|-1.0
begin:bram|jij-boodschap|0.82
begin:bram|aanmoediging|0.99
begin:bram|bevelen|-0.94
begin:bram|adviseren|0.99
begin:bram|geruststellen|0.94
begin:bram|afleiden|-0.92
begin:capuchon|bevelen|0.99
begin:capuchon|adviseren|-0.99
begin:controleert|bekritiseren|-0.82
begin:daan|parafrase|-1.0
begin:daan|waarschuwen|-0.98
begin:daan|argumenteren|-0.66
begin:daan|ondervragen|-1.0
begin:daar|ik-boodschap|-0.91
begin:daar|bevelen|-1.79
begin:daar|argumenteren|-0.99
begin:daar|ondervragen|-0.96
begin:daar|afleiden|1.97
begin:daardoor|ik-boodschap|-0.96
begin:dan|vervolgafspraak|0.97
begin:dank|ik-boodschap|-0.97
begin:dank|gevoelsreflectie|-0.13
begin:dank|samenvatting|-0.93
begin:dank|bekritiseren|-1.81
begin:dank|afronding-aankondigen|-0.95
begin:dank|vervolgafspraak|-0.94
begin:dank|bedanken|2.79
begin:dankjewel|afronding-aankondigen|-1.0
begin:dankjewel|bedanken|0.93
begin:dat|ik-boodschap|-0.1
begin:dat|jij-boodschap|-1.91
begin:dat|parafrase|-1.0
begin:dat|gevoelsreflectie|3.39
begin:dat|samenvatting|-1.0
begin:dat|open-vraag|-1.9
begin:dat|aanmoediging|-1.0
begin:dat|bevelen|-1.0
begin:dat|waarschuwen|-1.0
begin:dat|moraliseren|-3.72
begin:dat|adviseren|-1.0
begin:dat|argumenteren|1.82
begin:dat|bekritiseren|1.77
begin:dat|prijzen|-1.92
begin:dat|etiketteren|-1.04
begin:dat|interpreteren|1.04
begin:dat|ondervragen|-1.0
begin:dat|afleiden|0.87
begin:dat|afronding-aankondigen|-1.0
begin:dat|vervolgafspraak|-1.0
begin:dat|bedanken|-1.0
begin:de|jij-boodschap|-0.71
begin:de|samenvatting|-0.93
begin:de|open-vraag|0.97
begin:de|bevelen|-1.95
begin:de|moraliseren|0.9
begin:de|argumenteren|0.49
begin:de|bekritiseren|-1.79
begin:denk|waarschuwen|0.92
begin:denk|bekritiseren|-0.97
begin:die|jij-boodschap|-0.98
begin:die|moraliseren|-0.94
begin:die|argumenteren|-0.95
begin:die|bekritiseren|1.72
begin:diep|interpreteren|0.97
begin:dit|gevoelsreflectie|0.95
begin:dit|waarschuwen|0.91
begin:dit|adviseren|-1.0
begin:dit|bekritiseren|1.46
begin:dit|geruststellen|-1.87
begin:dit|afleiden|-0.93
begin:doe|bevelen|-0.54
begin:doe|moraliseren|-0.93
begin:doe|etiketteren|1.76
begin:doe|interpreteren|-0.99
begin:doet|jij-boodschap|-1.79
begin:dus|ik-boodschap|-1.93
begin:dus|jij-boodschap|0.83
begin:dus|gevoelsreflectie|-0.99
begin:dus|samenvatting|1.79
begin:dus|aanmoediging|-0.98
begin:dus|waarschuwen|-0.99
begin:dus|moraliseren|-1.0
begin:dus|adviseren|-0.99
begin:dus|argumenteren|-0.98
begin:dus|bekritiseren|1.1
begin:dus|interpreteren|-0.99
begin:dus|vervolgafspraak|0.93
begin:dus|bedanken|-1.0
begin:echt|adviseren|0.92
begin:een|moraliseren|0.96
begin:een|argumenteren|0.92
begin:een|bekritiseren|-0.94
begin:een|geruststellen|-0.99
begin:eerlijk|moraliseren|0.93
begin:eerlijk|bekritiseren|0.97
begin:eigenlijk|interpreteren|1.94
begin:en|ik-boodschap|-0.62
begin:en|samenvatting|-1.71
begin:en|afleiden|-1.87
begin:er|geruststellen|0.98
begin:even|samenvatting|1.11
begin:even|open-vraag|-0.22
begin:even|argumenteren|-0.96
begin:even|bekritiseren|-0.87
begin:even|vervolgafspraak|-0.97
begin:even|bedanken|0.95
begin:fatsoenlijk|afleiden|-0.57
begin:feit|argumenteren|1.72
begin:fenna|bekritiseren|-1.33
begin:fijn|jij-boodschap|0.94
begin:fijn|bekritiseren|0.26
begin:fijn|bedanken|0.18
begin:ga|waarschuwen|0.99
begin:gaat|ik-boodschap|-1.0
begin:geen|parafrase|-0.94
begin:geen|bevelen|0.82
begin:geen|argumenteren|-0.82
begin:geen|geruststellen|0.87
begin:geen|afronding-aankondigen|-1.0
begin:goed|parafrase|-0.99
begin:goed|afleiden|-0.2
begin:goed|vervolgafspraak|-0.96
begin:goed|bedanken|-0.22
begin:goedemiddag|gevoelsreflectie|-0.8
begin:goedemiddag|bekritiseren|0.96
begin:had|adviseren|-0.99
begin:had|bekritiseren|0.87
begin:haha|afleiden|0.91
begin:hartelijk|bedanken|0.99
begin:heeft|ondervragen|0.78
begin:heel|ik-boodschap|-0.99
begin:heel|geruststellen|0.99
begin:het|jij-boodschap|-1.43
begin:het|gevoelsreflectie|1.11
begin:het|samenvatting|-1.0
begin:het|open-vraag|-2.96
begin:het|bevelen|-0.95
begin:het|waarschuwen|-1.84
begin:het|moraliseren|1.02
begin:het|argumenteren|-3.02
begin:het|etiketteren|-0.95
begin:het|interpreteren|-0.82
begin:het|geruststellen|-0.7
begin:het|afleiden|-1.98
begin:het|afronding-aankondigen|0.99
begin:het|bedanken|-0.64
begin:hierdoor|adviseren|-0.93
begin:hij|ik-boodschap|-0.94
begin:hij|jij-boodschap|-0.28
begin:hij|samenvatting|-0.89
begin:hij|bevelen|-1.28
begin:hij|waarschuwen|-1.94
begin:hij|moraliseren|-0.96
begin:hij|argumenteren|-0.99
begin:hij|bekritiseren|-0.84
begin:hij|prijzen|-0.98
begin:hij|ondervragen|-1.0
begin:hij|vervolgafspraak|-0.93
begin:hm|gevoelsreflectie|-0.88
begin:hm|aanmoediging|1.0
begin:hm|etiketteren|-1.0
begin:hoe|ik-boodschap|-1.0
begin:hoe|jij-boodschap|0.69
begin:hoe|gevoelsreflectie|-1.0
begin:hoe|samenvatting|-0.92
begin:hoe|open-vraag|1.62
begin:hoe|aanmoediging|-1.0
begin:hoe|adviseren|-0.99
begin:hoe|bekritiseren|0.81
begin:hoe|interpreteren|-1.0
begin:hoe|afleiden|-1.0
begin:hoe|vervolgafspraak|-1.0
begin:hoe|bedanken|-0.95
begin:hoeveel|bevelen|-0.73
begin:hoeveel|waarschuwen|-0.94
begin:hoezo|ondervragen|0.99
begin:hoi|jij-boodschap|-0.8
begin:hoi|bevelen|-1.42
begin:hoi|bekritiseren|-0.8
begin:hoi|geruststellen|-0.79
begin:hou|jij-boodschap|-1.0
begin:hou|bevelen|1.0
begin:hou|moraliseren|-1.0
begin:hou|bekritiseren|-1.0
begin:hé|afleiden|-0.77
begin:iemand|jij-boodschap|-1.69
begin:iemand|moraliseren|1.96
begin:iemand|bekritiseren|-2.0
begin:ik|ik-boodschap|-2.71
begin:ik|jij-boodschap|-1.53
begin:ik|parafrase|-2.06
begin:ik|gevoelsreflectie|-0.48
begin:ik|samenvatting|-1.99
begin:ik|open-vraag|0.81
begin:ik|aanmoediging|-1.88
begin:ik|bevelen|-1.18
begin:ik|waarschuwen|-1.0
begin:ik|moraliseren|-1.0
begin:ik|adviseren|-0.98
begin:ik|argumenteren|-0.6
begin:ik|bekritiseren|-0.81
begin:ik|prijzen|-0.84
begin:ik|interpreteren|-0.91
begin:ik|geruststellen|-0.96
begin:ik|afleiden|-0.99
begin:ik|afronding-aankondigen|-1.83
begin:ik|vervolgafspraak|-1.82
begin:ik|bedanken|-2.8
begin:in|jij-boodschap|-0.97
begin:in|moraliseren|0.86
begin:in|adviseren|-0.96
begin:ja|gevoelsreflectie|-1.0
begin:ja|aanmoediging|1.05
begin:ja|waarschuwen|-1.0
begin:ja|ondervragen|-0.97
begin:ja|afleiden|-0.66
begin:je|ik-boodschap|-1.09
begin:je|jij-boodschap|0.79
begin:je|parafrase|2.88
begin:je|gevoelsreflectie|3.59
begin:je|samenvatting|-1.81
begin:je|open-vraag|0.95
begin:je|bevelen|2.72
begin:je|waarschuwen|-1.79
begin:je|argumenteren|1.88
begin:je|bekritiseren|-2.94
begin:je|etiketteren|-1.79
begin:je|afleiden|-0.87
begin:je|vervolgafspraak|-1.63
begin:jij|ik-boodschap|-0.71
begin:jij|jij-boodschap|0.18
begin:jij|gevoelsreflectie|0.88
begin:jij|bevelen|0.94
begin:jij|waarschuwen|0.87
begin:jij|moraliseren|0.19
begin:jij|adviseren|-0.81
begin:jij|argumenteren|-0.95
begin:jij|bekritiseren|-3.05
begin:jij|prijzen|0.1
begin:jij|etiketteren|0.84
begin:jij|geruststellen|-0.84
begin:jij|ondervragen|-0.98
begin:joh|adviseren|-0.99
begin:joh|geruststellen|0.96
begin:joh|afleiden|0.95
begin:jullie|jij-boodschap|1.48
begin:jullie|open-vraag|-1.0
begin:jullie|bevelen|0.89
begin:jullie|moraliseren|-0.98
begin:jullie|bekritiseren|0.67
begin:jullie|etiketteren|-1.0
begin:kijk|ik-boodschap|-0.94
begin:kijk|jij-boodschap|-0.95
begin:kijk|argumenteren|2.74
begin:kijk|bekritiseren|-0.95
begin:kijk|afleiden|-0.93
begin:kinderen|bevelen|-0.88
begin:kinderen|moraliseren|0.99
begin:kinderen|geruststellen|-1.0
begin:kinderen|afleiden|-0.99
begin:klinkt|gevoelsreflectie|0.94
begin:knap|prijzen|0.85
begin:kom|moraliseren|-0.98
begin:komt|bekritiseren|-0.94
begin:kort|gevoelsreflectie|-0.73
begin:kortom|ik-boodschap|-1.0
begin:kortom|jij-boodschap|1.72
begin:kortom|parafrase|-1.0
begin:kortom|gevoelsreflectie|-0.98
begin:kortom|samenvatting|2.0
begin:kortom|open-vraag|-1.7
begin:kortom|bevelen|-1.98
begin:kortom|bekritiseren|2.46
begin:kortom|interpreteren|-1.0
begin:kortom|geruststellen|-0.93
begin:kortom|afronding-aankondigen|0.91
begin:kortom|vervolgafspraak|-0.95
begin:kun|gevoelsreflectie|-0.94
begin:kunt|gevoelsreflectie|-0.99
begin:laat|gevoelsreflectie|-1.0
begin:laat|open-vraag|-1.0
begin:laat|bekritiseren|-0.62
begin:laat|afronding-aankondigen|-0.9
begin:laat|vervolgafspraak|1.0
begin:laten|samenvatting|-1.74
begin:laten|interpreteren|-0.91
begin:laten|afleiden|1.0
begin:laten|afronding-aankondigen|-0.93
begin:laten|vervolgafspraak|0.99
begin:laten|bedanken|-1.0
begin:leerlingen|adviseren|-0.99
begin:leg|bevelen|1.44
begin:let|samenvatting|-0.93
begin:let|waarschuwen|0.93
begin:lever|bevelen|0.91
begin:maak|geruststellen|0.96
begin:maakt|gevoelsreflectie|-0.96
begin:maakt|geruststellen|1.0
begin:maandag|afronding-aankondigen|-0.88
begin:maandag|vervolgafspraak|0.95
begin:maandag|bedanken|-0.96
begin:maar|open-vraag|-1.57
begin:maar|waarschuwen|-1.99
begin:maar|argumenteren|0.99
begin:maar|geruststellen|-0.9
begin:maar|afleiden|1.85
begin:met|ik-boodschap|-0.87
begin:met|parafrase|0.99
begin:met|gevoelsreflectie|-0.7
begin:met|argumenteren|-0.99
begin:met|prijzen|1.7
begin:mevrouw|interpreteren|-0.99
begin:mijn|bevelen|-0.91
begin:mijn|prijzen|-0.96
begin:mijn|vervolgafspraak|0.89
begin:misschien|ik-boodschap|-0.95
begin:misschien|jij-boodschap|-0.96
begin:misschien|adviseren|0.98
begin:misschien|bekritiseren|-0.95
begin:misschien|prijzen|-1.85
begin:misschien|interpreteren|-0.99
begin:misschien|vervolgafspraak|-0.98
begin:mmm|gevoelsreflectie|-0.95
begin:mohammed|jij-boodschap|1.71
begin:morgen|bevelen|1.0
begin:nee|bevelen|1.0
begin:nee|etiketteren|-0.94
begin:neem|aanmoediging|0.97
begin:neem|bevelen|-0.97
begin:neem|waarschuwen|-0.89
begin:neemt|aanmoediging|0.95
begin:niemand|geruststellen|1.76
begin:niet|ik-boodschap|-0.52
begin:nog|bevelen|-0.95
begin:nog|waarschuwen|0.85
begin:nog|bekritiseren|-0.84
begin:noor|vervolgafspraak|-1.0
begin:nou|ik-boodschap|0.91
begin:nou|argumenteren|-2.81
begin:nou|bekritiseren|2.55
begin:nou|prijzen|-0.98
begin:nou|etiketteren|0.11
begin:nou|afleiden|0.99
begin:nou|vervolgafspraak|-0.85
begin:nou|bedanken|-3.35
begin:nu|ik-boodschap|0.99
begin:och|afleiden|0.97
begin:ok|afronding-aankondigen|1.0
begin:oke|afronding-aankondigen|0.94
begin:oké|aanmoediging|0.72
begin:om|aanmoediging|-0.76
begin:omdat|ik-boodschap|0.9
begin:omdat|aanmoediging|-0.97
begin:onze|aanmoediging|-0.64
begin:onze|vervolgafspraak|-0.99
begin:onze|bedanken|-0.95
begin:op|argumenteren|-0.92
begin:ouders|moraliseren|0.95
begin:over|afleiden|0.85
begin:over|afronding-aankondigen|-0.94
begin:pas|waarschuwen|1.0
begin:pas|bekritiseren|-0.9
begin:pas|etiketteren|-1.0
begin:pas|geruststellen|-0.66
begin:pff|gevoelsreflectie|-0.93
begin:praat|bevelen|0.97
begin:praat|geruststellen|-0.97
begin:probeer|moraliseren|-0.98
begin:regels|argumenteren|0.65
begin:respect|moraliseren|1.82
begin:respect|bekritiseren|-0.98
begin:rustig|aanmoediging|-0.15
begin:rustig|bevelen|1.57
begin:samengevat|jij-boodschap|0.95
begin:samengevat|samenvatting|-0.95
begin:samengevat|bekritiseren|0.3
begin:samenvattend|jij-boodschap|-0.94
begin:samenvattend|parafrase|-0.99
begin:samenvattend|samenvatting|1.87
begin:samenvattend|aanmoediging|-0.86
begin:samenvattend|moraliseren|-0.99
begin:samenvattend|afronding-aankondigen|-0.99
begin:samenvattend|bedanken|0.89
begin:schrijf|adviseren|0.83
begin:sem|bekritiseren|-0.92
begin:sem|etiketteren|0.12
begin:sinds|ik-boodschap|2.87
begin:sinds|adviseren|-0.97
begin:sinds|bekritiseren|-0.96
begin:sinds|interpreteren|-0.93
begin:statistisch|argumenteren|1.0
begin:statistisch|afleiden|-1.0
begin:stel|etiketteren|0.89
begin:stel|afleiden|-0.97
begin:straks|waarschuwen|0.96
begin:stuur|vervolgafspraak|-0.97
begin:thanks|jij-boodschap|-1.0
begin:thanks|bekritiseren|-1.0
begin:thanks|interpreteren|-1.0
begin:thanks|afronding-aankondigen|-1.0
begin:thanks|bedanken|1.0
begin:tja|open-vraag|-1.71
begin:tja|bekritiseren|1.11
begin:tja|afleiden|0.97
begin:tja|bedanken|-1.81
begin:toen|ik-boodschap|0.8
begin:toen|gevoelsreflectie|-0.94
begin:top|prijzen|-0.83
begin:tot|samenvatting|0.93
begin:typisch|etiketteren|0.99
begin:u|ik-boodschap|-1.0
begin:u|jij-boodschap|0.13
begin:u|gevoelsreflectie|-0.96
begin:u|samenvatting|-1.03
begin:u|open-vraag|-0.95
begin:u|bevelen|-0.9
begin:u|waarschuwen|-0.89
begin:u|moraliseren|0.88
begin:u|adviseren|-1.9
begin:u|bekritiseren|-0.31
begin:u|etiketteren|-0.96
begin:u|interpreteren|0.85
begin:u|geruststellen|-0.17
begin:u|afleiden|-1.96
begin:u|vervolgafspraak|-0.99
begin:u|bedanken|-1.73
begin:uw|jij-boodschap|0.95
begin:uw|samenvatting|-0.99
begin:uw|moraliseren|-0.99
begin:uw|bekritiseren|-0.65
begin:van|moraliseren|0.95
begin:vanaf|bevelen|0.98
begin:vandaag|samenvatting|-0.94
begin:vandaag|afleiden|-0.94
begin:vertel|gevoelsreflectie|-1.0
begin:vertel|samenvatting|-1.0
begin:vertel|open-vraag|1.0
begin:vertelt|vervolgafspraak|-0.87
begin:volgende|afronding-aankondigen|-0.98
begin:volgende|vervolgafspraak|1.89
begin:volgens|moraliseren|-0.87
begin:volgens|adviseren|-0.97
begin:volgens|interpreteren|1.98
begin:waarom|ik-boodschap|-0.9
begin:waarom|jij-boodschap|-0.99
begin:waarom|bevelen|-0.94
begin:waarom|adviseren|1.99
begin:waarom|ondervragen|1.1
begin:wanneer|ik-boodschap|2.97
begin:wanneer|parafrase|-1.9
begin:wanneer|samenvatting|-1.0
begin:wanneer|open-vraag|0.11
begin:wanneer|waarschuwen|-0.92
begin:wanneer|adviseren|-0.92
begin:wanneer|argumenteren|-1.0
begin:wanneer|afleiden|-0.96
begin:wanneer|vervolgafspraak|-1.0
begin:wat|jij-boodschap|-0.14
begin:wat|parafrase|-1.92
begin:wat|gevoelsreflectie|-1.17
begin:wat|samenvatting|-1.0
begin:wat|open-vraag|-2.31
begin:wat|aanmoediging|-1.0
begin:wat|bevelen|-0.96
begin:wat|adviseren|0.13
begin:wat|bekritiseren|2.16
begin:wat|ondervragen|-0.95
begin:wat|bedanken|-0.98
begin:we|ik-boodschap|-1.93
begin:we|aanmoediging|-0.91
begin:we|bevelen|-0.46
begin:we|waarschuwen|-1.0
begin:we|bekritiseren|-0.93
begin:we|etiketteren|-0.77
begin:we|afleiden|-0.93
begin:we|afronding-aankondigen|0.92
begin:we|vervolgafspraak|-0.11
begin:we|bedanken|-0.3
begin:wees|argumenteren|-0.63
begin:wees|geruststellen|0.65
begin:weet|ik-boodschap|0.81
begin:weet|jij-boodschap|-0.96
begin:weet|moraliseren|-1.0
begin:weet|argumenteren|0.91
begin:weet|bekritiseren|1.0
begin:weet|prijzen|-1.0
begin:welk|open-vraag|-2.55
begin:weten|bekritiseren|1.26
begin:wie|afleiden|-0.95
begin:zal|vervolgafspraak|0.98
begin:ze|jij-boodschap|0.96
begin:ze|bevelen|-0.62
begin:ze|moraliseren|-0.9
begin:ze|bekritiseren|0.82
begin:ze|ondervragen|-0.96
begin:zeg|afleiden|0.98
begin:zegt|parafrase|-0.91
begin:zegt|aanmoediging|1.73
begin:zeker|gevoelsreflectie|-0.85
begin:zet|bevelen|1.0
begin:zet|adviseren|0.81
begin:zet|interpreteren|-1.0
begin:zie|samenvatting|-1.0
begin:zie|geruststellen|-1.0
begin:zij|gevoelsreflectie|-1.0
begin:zij|bevelen|-1.0
begin:zij|bekritiseren|0.19
begin:zij|geruststellen|-0.99
begin:zij|afronding-aankondigen|-1.0
begin:zijn|gevoelsreflectie|-0.92
begin:zijn|etiketteren|-0.95
begin:zit|open-vraag|-0.99
begin:zo|ik-boodschap|-0.99
begin:zo|moraliseren|0.96
begin:zo|interpreteren|-0.99
begin:zo|ondervragen|-0.77
begin:zo|afronding-aankondigen|0.97
begin:zo'n|jij-boodschap|-1.0
begin:zo'n|bekritiseren|1.13
begin:zo'n|prijzen|0.96
begin:zo'n|interpreteren|-0.94
begin:zo'n|geruststellen|-0.91
begin:zorgt|open-vraag|-1.0
begin:zorgt|bevelen|0.95
begin:zoveel|geruststellen|0.94
begin:zullen|samenvatting|-0.85
begin:zullen|aanmoediging|-1.0
begin:zullen|ondervragen|-1.0
begin:zullen|afleiden|0.92
begin:zullen|afronding-aankondigen|-1.0
begin:zullen|vervolgafspraak|1.0
deel:gedrag|ik-boodschap|3.56
deel:gedrag|jij-boodschap|-1.83
deel:gedrag|parafrase|-1.89
deel:gedrag|gevoelsreflectie|-2.33
deel:gedrag|samenvatting|-1.96
deel:gedrag|open-vraag|0.68
deel:gedrag|aanmoediging|-0.97
deel:gedrag|bevelen|-1.81
deel:gedrag|waarschuwen|-1.0
deel:gedrag|moraliseren|-1.0
deel:gedrag|adviseren|-1.97
deel:gedrag|argumenteren|-0.97
deel:gedrag|bekritiseren|-1.0
deel:gedrag|geruststellen|-1.7
deel:gedrag|afronding-aankondigen|-0.94
deel:gedrag|vervolgafspraak|-1.02
deel:gedrag|bedanken|-0.64
deel:gevoel|ik-boodschap|5.57
deel:gevoel|jij-boodschap|-1.0
deel:gevoel|parafrase|-0.91
deel:gevoel|gevoelsreflectie|-1.82
deel:gevoel|samenvatting|-1.96
deel:gevoel|open-vraag|-1.25
deel:gevoel|aanmoediging|-1.0
deel:gevoel|bevelen|-0.97
deel:gevoel|waarschuwen|-1.0
deel:gevoel|moraliseren|-1.0
deel:gevoel|adviseren|-1.97
deel:gevoel|argumenteren|-0.97
deel:gevoel|bekritiseren|-1.91
deel:gevoel|prijzen|-0.84
deel:gevoel|etiketteren|-0.98
deel:gevoel|interpreteren|-1.94
deel:gevoel|geruststellen|-1.88
deel:gevoel|afronding-aankondigen|-0.94
deel:gevoel|vervolgafspraak|-1.93
deel:gevoel|bedanken|-0.64
deel:gevolg|ik-boodschap|4.66
deel:gevolg|jij-boodschap|-1.0
deel:gevolg|parafrase|-0.98
deel:gevolg|gevoelsreflectie|-1.82
deel:gevolg|samenvatting|-1.0
deel:gevolg|open-vraag|0.76
deel:gevolg|aanmoediging|-0.97
deel:gevolg|waarschuwen|-1.94
deel:gevolg|moraliseren|-1.0
deel:gevolg|bekritiseren|-1.0
deel:gevolg|prijzen|-0.84
deel:gevolg|interpreteren|-0.99
deel:gevolg|geruststellen|-0.88
deel:gevolg|vervolgafspraak|-1.02
familie:afronding|ik-boodschap|-2.91
familie:afronding|jij-boodschap|-1.94
familie:afronding|parafrase|-0.99
familie:afronding|gevoelsreflectie|-1.22
familie:afronding|samenvatting|-2.75
familie:afronding|open-vraag|-2.97
familie:afronding|aanmoediging|-1.64
familie:afronding|bevelen|-0.65
familie:afronding|waarschuwen|-0.92
familie:afronding|moraliseren|-0.85
familie:afronding|adviseren|-1.9
familie:afronding|argumenteren|-1.0
familie:afronding|bekritiseren|-0.11
familie:afronding|prijzen|-2.63
familie:afronding|etiketteren|-0.77
familie:afronding|interpreteren|-1.92
familie:afronding|geruststellen|-1.99
familie:afronding|ondervragen|-1.0
familie:afronding|afleiden|-1.46
familie:afronding|afronding-aankondigen|4.94
familie:afronding|vervolgafspraak|4.98
familie:afronding|bedanken|5.32
familie:blokkade|ik-boodschap|-7.27
familie:blokkade|jij-boodschap|-1.62
familie:blokkade|parafrase|-4.75
familie:blokkade|gevoelsreflectie|-3.89
familie:blokkade|samenvatting|-5.84
familie:blokkade|open-vraag|-3.26
familie:blokkade|aanmoediging|-1.92
familie:blokkade|bevelen|0.48
familie:blokkade|waarschuwen|0.13
familie:blokkade|moraliseren|-2.67
familie:blokkade|adviseren|0.13
familie:blokkade|argumenteren|-0.41
familie:blokkade|bekritiseren|-0.19
familie:blokkade|etiketteren|-1.83
familie:blokkade|interpreteren|-0.86
familie:blokkade|geruststellen|-1.78
familie:blokkade|ondervragen|-0.88
familie:blokkade|afleiden|-0.19
familie:blokkade|afronding-aankondigen|-2.92
familie:blokkade|vervolgafspraak|-4.02
familie:blokkade|bedanken|-3.97
familie:ik-boodschap|ik-boodschap|7.6
familie:ik-boodschap|jij-boodschap|-1.0
familie:ik-boodschap|parafrase|-1.89
familie:ik-boodschap|gevoelsreflectie|-0.96
familie:ik-boodschap|samenvatting|-1.96
familie:ik-boodschap|open-vraag|0.68
familie:ik-boodschap|aanmoediging|-0.97
familie:ik-boodschap|bevelen|-0.97
familie:ik-boodschap|waarschuwen|-1.94
familie:ik-boodschap|moraliseren|-1.0
familie:ik-boodschap|adviseren|-1.97
familie:ik-boodschap|argumenteren|-0.97
familie:ik-boodschap|bekritiseren|-1.0
familie:ik-boodschap|prijzen|-0.84
familie:ik-boodschap|interpreteren|-0.94
familie:ik-boodschap|geruststellen|-0.88
familie:ik-boodschap|afronding-aankondigen|-0.94
familie:ik-boodschap|vervolgafspraak|-1.02
familie:ik-boodschap|bedanken|-0.64
familie:jij-boodschap|jij-boodschap|8.74
familie:jij-boodschap|parafrase|-0.91
familie:jij-boodschap|gevoelsreflectie|-2.77
familie:jij-boodschap|samenvatting|-0.99
familie:jij-boodschap|bevelen|-1.05
familie:jij-boodschap|waarschuwen|-0.98
familie:jij-boodschap|moraliseren|-1.92
familie:jij-boodschap|adviseren|-0.99
familie:jij-boodschap|argumenteren|-0.99
familie:jij-boodschap|bekritiseren|3.24
familie:jij-boodschap|prijzen|-2.8
familie:jij-boodschap|etiketteren|2.03
familie:jij-boodschap|interpreteren|-1.98
familie:jij-boodschap|geruststellen|-1.99
familie:jij-boodschap|ondervragen|-1.85
familie:jij-boodschap|bedanken|-0.98
familie:luisteren|ik-boodschap|-2.73
familie:luisteren|jij-boodschap|-3.5
familie:luisteren|parafrase|3.91
familie:luisteren|gevoelsreflectie|6.36
familie:luisteren|samenvatting|4.85
familie:luisteren|open-vraag|6.86
familie:luisteren|aanmoediging|0.99
familie:luisteren|bevelen|-1.98
familie:luisteren|waarschuwen|-2.95
familie:luisteren|moraliseren|-2.01
familie:luisteren|adviseren|-1.94
familie:luisteren|argumenteren|-2.53
familie:luisteren|bekritiseren|-3.26
familie:luisteren|prijzen|-2.91
familie:luisteren|etiketteren|-2.94
familie:luisteren|interpreteren|-1.99
familie:luisteren|geruststellen|-2.85
familie:luisteren|ondervragen|-2.95
familie:luisteren|afleiden|-1.89
familie:luisteren|afronding-aankondigen|-0.98
familie:luisteren|vervolgafspraak|-2.84
familie:luisteren|bedanken|-1.33
p:'s avonds|ik-boodschap|0.97
p:'s avonds|adviseren|0.93
p:'s avonds|afleiden|-1.0
p:'s nachts|jij-boodschap|0.83
p:'s nachts|bevelen|-0.73
p:'s nachts|waarschuwen|-0.94
p:'s nachts|adviseren|0.98
p:'s nachts|bekritiseren|0.83
p:'s ochtends|ik-boodschap|0.97
p:'s ochtends|adviseren|-0.97
p:1 en|argumenteren|0.65
p:12 mei|argumenteren|0.64
p:14 maart|samenvatting|0.93
p:14 maart|vervolgafspraak|0.93
p:2 staat|argumenteren|-0.92
p:2 voor|jij-boodschap|-0.95
p:2 voor|argumenteren|0.95
p:2 voor|bekritiseren|-0.95
p:2b en|vervolgafspraak|-1.0
p:3 voor|parafrase|-0.99
p:4 9|jij-boodschap|-0.95
p:4 9|argumenteren|0.95
p:4 9|bekritiseren|-0.95
p:4 daar|argumenteren|0.91
p:4 daar|geruststellen|-0.9
p:4 daar|afleiden|-0.91
p:4 en|argumenteren|-0.92
p:4 gemiddeld|argumenteren|-0.66
p:4 in|gevoelsreflectie|0.94
p:4 in|afleiden|0.87
p:4 is|ik-boodschap|0.71
p:4 is|open-vraag|0.92
p:4 is|argumenteren|0.91
p:4 is|geruststellen|-0.9
p:4 is|afleiden|-0.91
p:5 2|jij-boodschap|-0.95
p:5 2|argumenteren|0.95
p:5 2|bekritiseren|-0.95
p:5 4|argumenteren|-0.66
p:6 4|argumenteren|-0.92
p:6 8|samenvatting|-0.86
p:6 8|argumenteren|0.98
p:7 1|argumenteren|-0.92
p:7 halen|prijzen|0.96
p:7 naar|ik-boodschap|0.71
p:7 naar|open-vraag|0.92
p:8 3|parafrase|-0.99
p:8 ?|ik-boodschap|-0.91
p:9 voor|jij-boodschap|-0.95
p:9 voor|argumenteren|0.95
p:9 voor|bekritiseren|-0.95
p:? dan|moraliseren|1.0
p:? dan|prijzen|1.0
p:? dan|ondervragen|-0.98
p:? dank|samenvatting|-0.99
p:? dat|adviseren|-0.99
p:? dat|bekritiseren|1.84
p:? elke|bekritiseren|-0.82
p:? elke|ondervragen|0.95
p:? en|bevelen|-0.73
p:? en|waarschuwen|-0.94
p:? en|adviseren|-0.99
p:? en|bekritiseren|0.15
p:? en|bedanken|-0.95
p:? gaat|ondervragen|0.81
p:? hoe|open-vraag|-0.98
p:? hoe|afleiden|-0.95
p:? ik|ik-boodschap|0.93
p:? ik|adviseren|0.93
p:? ik|vervolgafspraak|0.93
p:? maar|open-vraag|0.69
p:? met|ik-boodschap|-1.0
p:? met|open-vraag|-0.98
p:? met|adviseren|-0.99
p:? met|interpreteren|-1.0
p:? met|ondervragen|1.0
p:? met|vervolgafspraak|-1.0
p:? ook|bevelen|-0.73
p:? ook|waarschuwen|-0.94
p:? ook|bekritiseren|-0.82
p:? ook|ondervragen|0.95
p:? op|open-vraag|-0.99
p:? rookt|ondervragen|0.81
p:? tot|open-vraag|-0.99
p:? waarom|bekritiseren|-0.97
p:? was|bedanken|-0.95
p:? wat|ik-boodschap|-1.0
p:? wat|bekritiseren|-0.97
p:? wat|interpreteren|-1.0
p:? wat|ondervragen|1.0
p:? wat|afleiden|-0.95
p:? wat|vervolgafspraak|-1.0
p:? wie|ik-boodschap|-1.0
p:? wie|interpreteren|-1.0
p:? wie|ondervragen|1.0
p:? wie|vervolgafspraak|-1.0
p:aan alles|bekritiseren|-0.99
p:aan alles|etiketteren|0.99
p:aan bij|bevelen|-0.62
p:aan bij|adviseren|0.99
p:aan dat|jij-boodschap|-0.71
p:aan dat|parafrase|0.98
p:aan dat|open-vraag|0.97
p:aan dat|bekritiseren|-1.05
p:aan dat|etiketteren|-0.95
p:aan de|jij-boodschap|0.73
p:aan de|open-vraag|0.97
p:aan de|bevelen|0.47
p:aan de|bekritiseren|-0.59
p:aan de|geruststellen|-0.99
p:aan de|ondervragen|0.95
p:aan de|afleiden|0.93
p:aan doen|ik-boodschap|-0.94
p:aan doen|argumenteren|0.67
p:aan een|argumenteren|0.65
p:aan en|jij-boodschap|0.95
p:aan en|samenvatting|-0.95
p:aan en|bekritiseren|0.95
p:aan gedaan|bekritiseren|0.96
p:aan het|ik-boodschap|0.9
p:aan het|bedanken|-0.99
p:aan hoor|aanmoediging|0.67
p:aan je|ik-boodschap|0.97
p:aan mevrouw|bevelen|0.99
p:aan nu|aanmoediging|-0.82
p:aan nu|bevelen|1.57
p:aan onze|bevelen|-0.46
p:aan te|bevelen|-1.0
p:aan te|waarschuwen|-0.99
p:aan te|argumenteren|0.91
p:aan te|interpreteren|-0.97
p:aan te|geruststellen|-0.9
p:aan te|afleiden|-0.2
p:aan toevoegen|samenvatting|0.93
p:aan vrijdag|jij-boodschap|-0.94
p:aan zijn|ik-boodschap|0.93
p:aan zijn|jij-boodschap|0.97
p:aan zijn|interpreteren|-0.93
p:aanbieden aan|bevelen|0.99
p:aandacht krijgt|geruststellen|-0.98
p:aandacht met|adviseren|-0.92
p:aandacht te|bekritiseren|-0.33
p:aandacht te|interpreteren|1.0
p:aandacht van|samenvatting|-1.0
p:aandacht van|vervolgafspraak|-1.0
p:aangekondigd in|ik-boodschap|-1.0
p:aangekondigd in|jij-boodschap|-1.0
p:aangekondigd in|parafrase|-1.0
p:aangekondigd in|gevoelsreflectie|-1.0
p:aangekondigd in|samenvatting|-1.0
p:aangekondigd in|open-vraag|-1.0
p:aangekondigd in|aanmoediging|-1.0
p:aangekondigd in|bevelen|-1.0
p:aangekondigd in|waarschuwen|-1.0
p:aangekondigd in|moraliseren|-1.0
p:aangekondigd in|adviseren|-1.0
p:aangekondigd in|argumenteren|1.0
p:aangekondigd in|bekritiseren|-1.0
p:aangekondigd in|prijzen|-1.0
p:aangekondigd in|etiketteren|-1.0
p:aangekondigd in|interpreteren|-1.0
p:aangekondigd in|geruststellen|-1.0
p:aangekondigd in|ondervragen|-1.0
p:aangekondigd in|afleiden|-1.0
p:aangekondigd in|afronding-aankondigen|-1.0
p:aangekondigd in|vervolgafspraak|-1.0
p:aangekondigd in|bedanken|-1.0
p:aanpak is|prijzen|0.99
p:aanpakken ?|ik-boodschap|-0.95
p:aanpakken ?|parafrase|-1.8
p:aanpakken ?|samenvatting|0.95
p:aansluiting met|waarschuwen|-0.87
p:aansluiting mist|gevoelsreflectie|0.91
p:aansluiting mist|prijzen|-0.84
p:aanspreken op|bevelen|0.99
p:aardrijkskunde zakt|ik-boodschap|0.94
p:aardrijkskunde zakt|jij-boodschap|-0.43
p:aardrijkskunde zakt|bekritiseren|-0.94
p:ach dat|adviseren|1.0
p:ach dat|bekritiseren|-1.0
p:ach dat|geruststellen|-3.31
p:ach dat|afleiden|1.58
p:ach een|argumenteren|-0.49
p:ach een|afleiden|0.92
p:ach elke|geruststellen|0.77
p:ach elke|afleiden|-0.94
p:ach het|etiketteren|-0.96
p:ach het|geruststellen|1.72
p:ach het|afleiden|1.0
p:ach iedereen|afleiden|0.96
p:ach joh|afleiden|-0.86
p:ach u|moraliseren|-0.96
p:ach u|prijzen|-0.82
p:ach u|etiketteren|0.96
p:ach wat|etiketteren|1.0
p:ach wat|afleiden|-0.86
p:ach zulke|geruststellen|-0.99
p:ach zulke|afleiden|0.99
p:acht bij|bevelen|0.98
p:acht binnenkomt|vervolgafspraak|-0.93
p:acht uur|samenvatting|-0.93
p:achter zetten|vervolgafspraak|-0.92
p:achterin zitten|waarschuwen|-0.96
p:actie gekomen|bekritiseren|-2.11
p:advies is|adviseren|-0.9
p:advies van|waarschuwen|-0.94
p:af als|interpreteren|-0.96
p:af bedankt|samenvatting|0.95
p:af bedankt|bedanken|0.89
p:af dat|ik-boodschap|-0.93
p:af dat|samenvatting|0.94
p:af dat|bedanken|-0.48
p:af en|samenvatting|-0.93
p:af en|afronding-aankondigen|0.93
p:af hebt|open-vraag|-0.95
p:af is|ik-boodschap|-0.92
p:af op|jij-boodschap|1.0
p:af op|bekritiseren|1.0
p:af te|moraliseren|-0.85
p:af te|geruststellen|-0.97
p:af te|afronding-aankondigen|0.99
p:af tot|waarschuwen|0.94
p:af voor|vervolgafspraak|0.94
p:afdelingsleider volgende|adviseren|-0.95
p:afgaat in|samenvatting|-1.0
p:afgaat in|vervolgafspraak|-1.0
p:afgelopen tijd|ondervragen|-0.95
p:afgelopen twee|ik-boodschap|0.94
p:afgelopen twee|jij-boodschap|-0.43
p:afgelopen twee|bekritiseren|-0.94
p:afgelopen week|ik-boodschap|0.91
p:afgelopen week|argumenteren|-0.91
p:afgevallen en|adviseren|-0.93
p:afheeft waardoor|ik-boodschap|0.98
p:afheeft waardoor|parafrase|-0.9
p:afheeft waardoor|open-vraag|0.98
p:afleiding misschien|adviseren|0.93
p:afronden bedankt|bedanken|0.63
p:afronden de|vervolgafspraak|-0.96
p:afronden over|samenvatting|0.96
p:afronden over|vervolgafspraak|0.96
p:afsluiten de|afronding-aankondigen|0.94
p:afsluiten de|vervolgafspraak|-0.94
p:afsluiten voor|afronding-aankondigen|0.91
p:afspraak bij|samenvatting|0.93
p:afspraak bij|vervolgafspraak|0.93
p:afspraak gehouden|jij-boodschap|0.73
p:afspraak gewoon|bekritiseren|-0.74
p:afspraak maken|samenvatting|-0.99
p:afspraak met|argumenteren|-0.76
p:afspraken ?|ondervragen|-0.91
p:afspraken aan|jij-boodschap|0.97
p:afspraken die|afronding-aankondigen|-0.91
p:afspraken houdt|jij-boodschap|-0.71
p:afspraken houdt|open-vraag|0.97
p:afspraken houdt|bekritiseren|-1.79
p:afspraken niet|geruststellen|-0.99
p:afspraken nooit|jij-boodschap|0.88
p:afspraken nooit|bekritiseren|0.96
p:afspraken op|ik-boodschap|-0.98
p:afspraken over|vervolgafspraak|-0.97
p:afspraken te|bekritiseren|-0.62
p:afspreekt dat|adviseren|0.96
p:afspreken ?|ik-boodschap|0.93
p:afspreken ?|adviseren|0.93
p:afspreken ?|vervolgafspraak|0.93
p:afspreken u|jij-boodschap|-0.94
p:afwezig geweest|etiketteren|-0.89
p:afwezig moeten|ik-boodschap|0.92
p:afwezig moeten|waarschuwen|-0.92
p:afwezig moeten|adviseren|-0.92
p:agenda door|interpreteren|-0.93
p:aha en|open-vraag|-0.98
p:aha en|aanmoediging|0.89
p:ahmed is|adviseren|-1.0
p:ait ali|bevelen|-0.96
p:ajax gisteren|aanmoediging|-0.9
p:akkoord met|prijzen|0.99
p:akkoord met|geruststellen|-0.99
p:al ?|ondervragen|-0.95
p:al als|ik-boodschap|0.92
p:al als|waarschuwen|-0.92
p:al als|adviseren|-0.92
p:al drie|ik-boodschap|-0.94
p:al drie|waarschuwen|-0.94
p:al drie|argumenteren|0.9
p:al geprobeerd|gevoelsreflectie|-0.92
p:al gezien|argumenteren|-0.91
p:al gezien|ondervragen|-0.96
p:al gezien|afleiden|0.98
p:al in|argumenteren|0.99
p:al in|afleiden|-0.92
p:al met|ondervragen|-0.99
p:al te|bekritiseren|0.98
p:al te|etiketteren|-0.77
p:al twee|argumenteren|0.82
p:al weken|gevoelsreflectie|-0.99
p:al weken|adviseren|-0.99
p:ali je|bevelen|-0.96
p:alle afspraken|jij-boodschap|0.97
p:alle tijd|aanmoediging|0.67
p:allebei dat|gevoelsreflectie|-0.98
p:allebei dat|samenvatting|0.9
p:allebei niks|ik-boodschap|0.93
p:allebei niks|vervolgafspraak|-0.84
p:allebei wat|bedanken|-0.95
p:allebei zorgen|ik-boodschap|-1.0
p:allebei zorgen|parafrase|-1.0
p:allebei zorgen|samenvatting|1.0
p:allebei zorgen|open-vraag|-1.0
p:allebei zorgen|bevelen|-1.0
p:allebei zorgen|interpreteren|-1.0
p:alleen bij|ik-boodschap|0.81
p:alleen dat|ik-boodschap|-0.92
p:alleen maar|bekritiseren|-0.33
p:alleen maar|interpreteren|-0.99
p:alleen naar|ik-boodschap|-0.99
p:alleen omdat|prijzen|-0.99
p:alleen omdat|interpreteren|0.82
p:alleen op|ik-boodschap|-0.71
p:alleen voelt|gevoelsreflectie|0.62
p:alleen voelt|bedanken|-0.64
p:alleen voor|ik-boodschap|0.97
p:alleen wat|bekritiseren|-1.8
p:alleen zo|interpreteren|0.99
p:alleen zo|ondervragen|-0.99
p:allemaal de|bekritiseren|0.96
p:allemaal goed|bevelen|-0.92
p:allemaal kan|ik-boodschap|0.98
p:allemaal op|geruststellen|0.77
p:allemaal regelt|prijzen|0.85
p:alles en|ik-boodschap|0.88
p:alles en|gevoelsreflectie|-0.88
p:alles op|gevoelsreflectie|-1.0
p:alles op|samenvatting|1.0
p:alles op|waarschuwen|-0.96
p:alles op|adviseren|-0.83
p:alles op|bekritiseren|1.0
p:als afwezig|ik-boodschap|0.92
p:als afwezig|waarschuwen|-0.92
p:als afwezig|adviseren|-0.92
p:als daan|open-vraag|0.96
p:als daan|vervolgafspraak|0.91
p:als dat|jij-boodschap|0.97
p:als dat|waarschuwen|0.87
p:als dat|argumenteren|-0.95
p:als dat|bekritiseren|2.62
p:als dat|prijzen|-0.73
p:als de|vervolgafspraak|-0.97
p:als dit|waarschuwen|-0.93
p:als een|open-vraag|-0.62
p:als een|etiketteren|0.99
p:als eerste|ik-boodschap|-0.95
p:als eerste|parafrase|-1.8
p:als eerste|samenvatting|0.95
p:als er|gevoelsreflectie|-1.0
p:als er|open-vraag|-1.0
p:als er|waarschuwen|0.99
p:als er|vervolgafspraak|1.0
p:als finn|prijzen|0.96
p:als gijs|ik-boodschap|0.98
p:als gijs|vervolgafspraak|-0.98
p:als het|waarschuwen|0.13
p:als het|bekritiseren|1.89
p:als het|geruststellen|0.89
p:als hij|bevelen|-0.47
p:als hij|waarschuwen|1.0
p:als hij|moraliseren|0.91
p:als hij|adviseren|1.0
p:als hij|prijzen|0.96
p:als hij|etiketteren|-1.0
p:als hij|interpreteren|-0.96
p:als hij|geruststellen|-0.99
p:als hij|ondervragen|-1.0
p:als iets|moraliseren|-0.93
p:als ik|ik-boodschap|-1.6
p:als ik|parafrase|3.88
p:als ik|samenvatting|1.75
p:als ik|aanmoediging|-0.96
p:als ik|bevelen|0.52
p:als ik|waarschuwen|-2.91
p:als ik|adviseren|0.96
p:als ik|argumenteren|-0.76
p:als ik|bekritiseren|0.94
p:als ik|etiketteren|-1.0
p:als ik|afleiden|-0.92
p:als je|parafrase|-0.93
p:als je|samenvatting|-0.95
p:als je|open-vraag|0.64
p:als je|bevelen|-1.0
p:als je|waarschuwen|2.86
p:als je|moraliseren|-0.93
p:als je|adviseren|0.91
p:als je|bekritiseren|-0.99
p:als je|prijzen|-1.0
p:als je|interpreteren|-0.82
p:als je|afleiden|-1.0
p:als jij|ik-boodschap|1.77
p:als jij|gevoelsreflectie|-0.96
p:als jonas|open-vraag|-0.96
p:als keuzevak|open-vraag|-0.92
p:als leerling|moraliseren|0.93
p:als leerling|argumenteren|-0.89
p:als lotte|ik-boodschap|0.94
p:als lucas|waarschuwen|0.97
p:als mila|open-vraag|1.0
p:als moeder|waarschuwen|-0.99
p:als moeder|moraliseren|1.92
p:als moeder|bekritiseren|0.95
p:als ouder|gevoelsreflectie|0.96
p:als ouders|bekritiseren|-1.71
p:als stijn|samenvatting|-0.96
p:als u|ik-boodschap|-0.25
p:als u|parafrase|-0.99
p:als u|open-vraag|-0.98
p:als u|waarschuwen|0.92
p:als u|bekritiseren|-1.87
p:als u|geruststellen|-0.99
p:als u|bedanken|-0.99
p:als vader|adviseren|-0.93
p:als verpleegkundige|prijzen|1.7
p:als we|jij-boodschap|-1.7
p:als we|waarschuwen|-0.88
p:als we|bekritiseren|-3.89
p:als we|ondervragen|0.96
p:als we|vervolgafspraak|-0.92
p:als we|bedanken|-0.95
p:als ze|ik-boodschap|-0.96
p:als ze|parafrase|-0.91
p:als ze|afleiden|-0.98
p:als zoë|open-vraag|0.97
p:alsof er|jij-boodschap|0.71
p:alsof er|bekritiseren|0.86
p:alsof er|geruststellen|-0.99
p:alsof het|bekritiseren|0.96
p:alsof je|ik-boodschap|-0.93
p:alsof je|parafrase|-1.0
p:alsof je|gevoelsreflectie|2.56
p:alsof je|samenvatting|-1.0
p:alsof je|open-vraag|-1.0
p:alstublieft zitten|waarschuwen|-1.0
p:alstublieft zitten|geruststellen|-1.0
p:altijd alles|gevoelsreflectie|-1.0
p:altijd alles|bekritiseren|1.0
p:altijd bij|bekritiseren|-0.89
p:altijd degene|bekritiseren|-1.64
p:altijd een|jij-boodschap|0.99
p:altijd een|bekritiseren|-1.21
p:altijd het|bekritiseren|0.88
p:altijd mailen|jij-boodschap|-0.94
p:altijd met|bekritiseren|0.14
p:altijd pas|bekritiseren|0.98
p:altijd te|bekritiseren|0.75
p:altijd te|ondervragen|-0.91
p:altijd voor|bekritiseren|-1.8
p:altijd vragen|moraliseren|-0.93
p:altijd zo|waarschuwen|-0.88
p:altijd zo|moraliseren|-1.0
p:altijd zo|bekritiseren|0.18
p:altijd zo|prijzen|1.02
p:altijd zo|etiketteren|-0.83
p:altijd zonder|bekritiseren|0.73
p:amir ?|open-vraag|0.99
p:amira doet|bekritiseren|1.06
p:amira in|ik-boodschap|0.9
p:amira in|gevoelsreflectie|-0.96
p:amira in|bekritiseren|-0.11
p:ander profiel|parafrase|0.85
p:andere groep|ik-boodschap|-0.96
p:andere kant|samenvatting|-0.99
p:andere kant|bekritiseren|0.85
p:andere kinderen|jij-boodschap|1.0
p:andere kinderen|samenvatting|-0.99
p:andere kinderen|bekritiseren|0.97
p:andere klas|samenvatting|-0.89
p:andere leerlingen|argumenteren|0.96
p:andere mentor|gevoelsreflectie|-0.99
p:andere moeder|parafrase|0.91
p:andere moeder|prijzen|-0.91
p:andere ouders|etiketteren|-0.95
p:andere plek|samenvatting|0.11
p:andere vakken|parafrase|0.95
p:andere woorden|ik-boodschap|-0.87
p:andere woorden|parafrase|0.99
p:andere woorden|gevoelsreflectie|-0.7
p:andere woorden|argumenteren|-0.99
p:anderen alles|ik-boodschap|0.88
p:anderen alles|gevoelsreflectie|-0.88
p:anderen hun|ik-boodschap|1.77
p:anderen hun|parafrase|-0.99
p:anderen zich|open-vraag|-0.96
p:anders bel|bevelen|-0.53
p:anders dan|parafrase|0.95
p:anders even|adviseren|0.83
p:anders gaat|afleiden|0.87
p:anders hebben|jij-boodschap|-0.96
p:anders laat|ik-boodschap|-1.0
p:anders laat|waarschuwen|1.0
p:anders moet|jij-boodschap|-0.81
p:anders moet|moraliseren|-0.81
p:anders stop|bevelen|0.97
p:anders stop|waarschuwen|0.93
p:anders stop|geruststellen|-0.97
p:anders wordt|bevelen|0.47
p:anders wordt|waarschuwen|1.0
p:anders zitten|parafrase|-0.99
p:anders zitten|moraliseren|-0.99
p:anders zitten|afronding-aankondigen|-0.99
p:anouk en|open-vraag|0.97
p:anouk sinds|ik-boodschap|-0.96
p:antwoord dan|argumenteren|-0.76
p:apart gaat|ik-boodschap|0.88
p:apart gaat|gevoelsreflectie|-0.88
p:app je|vervolgafspraak|0.76
p:app niet|moraliseren|0.98
p:auto gekomen|vervolgafspraak|-0.92
p:avond bij|vervolgafspraak|-0.87
p:avond doen|bekritiseren|0.83
p:avond een|adviseren|1.0
p:avond samen|interpreteren|-0.93
p:avonds beneden|adviseren|1.91
p:avonds beneden|afleiden|-1.0
p:avonds in|ik-boodschap|0.97
p:avonds in|adviseren|-0.97
p:ayoub hielp|ik-boodschap|0.93
p:baal er|geruststellen|-1.0
p:baalt er|ik-boodschap|-0.71
p:baalt er|gevoelsreflectie|0.88
p:baalt ervan|gevoelsreflectie|0.94
p:baalt ervan|afleiden|0.87
p:baart me|adviseren|-0.93
p:balen voor|gevoelsreflectie|-0.86
p:balen voor|open-vraag|0.95
p:bang bent|vervolgafspraak|-1.0
p:bang dat|prijzen|-0.84
p:bang is|bekritiseren|-0.72
p:bang is|interpreteren|0.93
p:bang om|gevoelsreflectie|0.88
p:bas naast|ik-boodschap|0.93
p:bas naast|interpreteren|-0.93
p:basisschool zat|open-vraag|0.59
p:bed moeten|adviseren|-0.99
p:bed moeten|bekritiseren|0.87
p:bed te|moraliseren|0.98
p:bed te|bekritiseren|-0.94
p:bedankt dat|afronding-aankondigen|-0.99
p:bedankt dat|vervolgafspraak|-0.95
p:bedankt dat|bedanken|1.62
p:bedankt en|waarschuwen|-0.92
p:bedankt voor|argumenteren|-1.0
p:bedankt voor|bekritiseren|2.68
p:bedankt voor|afronding-aankondigen|1.0
p:bedankt voor|bedanken|-0.57
p:bedoel niet|interpreteren|-0.96
p:bedoelde het|geruststellen|1.0
p:bedoelt dat|parafrase|1.88
p:bedoelt dat|samenvatting|-0.9
p:bedtijd en|jij-boodschap|-0.94
p:beetje gefrustreerd|vervolgafspraak|-0.97
p:beetje geschrokken|gevoelsreflectie|1.82
p:beetje heimwee|interpreteren|0.91
p:beetje heimwee|geruststellen|0.9
p:beetje mee|etiketteren|-0.98
p:beetje mee|afronding-aankondigen|-0.94
p:beetje moedeloos|ik-boodschap|1.0
p:beetje moedeloos|jij-boodschap|-1.0
p:beetje overrompeld|aanmoediging|-1.0
p:beetje zenuwachtig|ik-boodschap|-1.0
p:beetje zorgen|open-vraag|0.97
p:begeleider ook|afronding-aankondigen|-0.98
p:beginnen ?|afleiden|-0.98
p:begint er|jij-boodschap|0.81
p:begint er|bekritiseren|-0.99
p:begint mijn|vervolgafspraak|-0.92
p:begint om|interpreteren|0.96
p:begon bij|bekritiseren|-0.9
p:begon het|afleiden|-0.92
p:begon na|parafrase|-0.92
p:begon na|samenvatting|0.9
p:begon pas|parafrase|1.0
p:begon pas|open-vraag|1.0
p:begon pas|moraliseren|-1.0
p:begon pas|bedanken|-1.0
p:begonnen na|parafrase|0.91
p:begrijp dat|gevoelsreflectie|-0.22
p:begrijp dat|open-vraag|0.62
p:begrijp dat|argumenteren|0.42
p:begrijp dat|bekritiseren|0.77
p:begrijp heeft|ik-boodschap|-1.6
p:begrijp heeft|parafrase|0.91
p:begrijp ik|parafrase|1.0
p:begrijp ik|open-vraag|-1.98
p:begrijp ik|argumenteren|-0.99
p:begrijp ik|geruststellen|0.99
p:begrijp ik|afleiden|-0.98
p:begrijp ik|vervolgafspraak|-0.98
p:begrijp voelt|gevoelsreflectie|0.96
p:begrijp wil|parafrase|0.98
p:begrijp wilt|gevoelsreflectie|-0.99
p:begrijpt u|bekritiseren|-1.0
p:begripvol dus|moraliseren|-1.0
p:begripvol dus|bekritiseren|-1.0
p:behoorlijk in|ik-boodschap|-0.93
p:behoorlijk onbeschoft|bekritiseren|0.99
p:behulpzaam weer|bekritiseren|1.55
p:behulpzaam weer|vervolgafspraak|-0.85
p:behulpzaam weer|bedanken|-1.76
p:bel gaat|vervolgafspraak|-0.96
p:bel ik|bevelen|-0.53
p:bel ik|waarschuwen|0.94
p:bel ik|bedanken|0.95
p:bel u|afronding-aankondigen|-1.9
p:bel u|vervolgafspraak|2.83
p:bel u|bedanken|-0.97
p:belachelijke opmerking|jij-boodschap|-0.65
p:belachelijke reactie|argumenteren|-0.96
p:bellen ?|open-vraag|0.99
p:bellen hoe|vervolgafspraak|0.98
p:bellen we|vervolgafspraak|0.97
p:beloningssysteem ?|ondervragen|-0.97
p:belt bij|samenvatting|0.96
p:belt bij|vervolgafspraak|0.96
p:belt morgen|bevelen|1.33
p:belt morgen|vervolgafspraak|-1.63
p:belt u|bekritiseren|0.98
p:belt u|vervolgafspraak|0.89
p:bemoeit zich|gevoelsreflectie|-0.86
p:bemoeit zich|bekritiseren|1.73
p:ben bang|prijzen|-0.84
p:ben bang|geruststellen|-0.88
p:ben benieuwd|open-vraag|0.94
p:ben benieuwd|aanmoediging|1.0
p:ben best|ik-boodschap|1.0
p:ben best|jij-boodschap|-1.0
p:ben best|bekritiseren|-1.0
p:ben bezorgd|open-vraag|-0.97
p:ben bezorgd|adviseren|-1.0
p:ben bezorgd|vervolgafspraak|0.97
p:ben echt|ik-boodschap|0.93
p:ben echt|gevoelsreflectie|-0.84
p:ben er|ik-boodschap|-0.29
p:ben er|open-vraag|0.92
p:ben er|bekritiseren|-0.91
p:ben er|interpreteren|-1.0
p:ben er|vervolgafspraak|-1.0
p:ben je|parafrase|0.93
p:ben je|adviseren|0.81
p:ben je|geruststellen|0.92
p:ben meneer|bevelen|-0.96
p:ben nog|ik-boodschap|-0.52
p:ben nog|bevelen|1.0
p:ben teleurgesteld|jij-boodschap|0.88
p:ben teleurgesteld|bekritiseren|0.96
p:ben u|bedanken|0.77
p:beneden te|adviseren|1.91
p:beneden te|afleiden|-1.0
p:benieuwd hoe|open-vraag|0.94
p:bent alleen|interpreteren|0.99
p:bent alleen|ondervragen|-0.99
p:bent altijd|waarschuwen|-0.88
p:bent altijd|moraliseren|-1.0
p:bent altijd|bekritiseren|-1.66
p:bent altijd|prijzen|0.99
p:bent altijd|etiketteren|-0.83
p:bent boos|open-vraag|-0.99
p:bent boos|geruststellen|-0.94
p:bent bram|ik-boodschap|-0.92
p:bent de|prijzen|-0.98
p:bent denk|interpreteren|0.96
p:bent drie|etiketteren|-0.89
p:bent duidelijk|gevoelsreflectie|0.76
p:bent duidelijk|samenvatting|0.86
p:bent duidelijk|vervolgafspraak|0.92
p:bent dus|gevoelsreflectie|0.98
p:bent echt|jij-boodschap|1.81
p:bent echt|adviseren|-0.81
p:bent echt|prijzen|0.81
p:bent echt|interpreteren|-1.0
p:bent echt|geruststellen|-0.84
p:bent een|jij-boodschap|-1.0
p:bent een|gevoelsreflectie|-0.84
p:bent een|samenvatting|-1.0
p:bent een|waarschuwen|-1.0
p:bent een|adviseren|-0.97
p:bent een|argumenteren|-0.95
p:bent een|prijzen|2.87
p:bent een|etiketteren|-1.0
p:bent er|parafrase|-0.91
p:bent er|bekritiseren|0.83
p:bent er|geruststellen|-0.78
p:bent gekwetst|parafrase|0.91
p:bent gekwetst|prijzen|-0.91
p:bent gewoon|bekritiseren|1.54
p:bent gewoon|prijzen|-0.99
p:bent gewoon|etiketteren|-0.12
p:bent hem|vervolgafspraak|-1.0
p:bent ik|gevoelsreflectie|0.86
p:bent maar|gevoelsreflectie|1.96
p:bent maar|bevelen|0.97
p:bent maar|adviseren|0.1
p:bent maar|argumenteren|0.42
p:bent maar|geruststellen|1.85
p:bent met|bekritiseren|0.95
p:bent milan|waarschuwen|0.96
p:bent net|prijzen|-1.0
p:bent niet|bekritiseren|0.95
p:bent nogal|bekritiseren|0.91
p:bent nooit|bekritiseren|-1.3
p:bent onbeleefd|bekritiseren|-1.8
p:bent oneerlijk|gevoelsreflectie|-0.91
p:bent oneerlijk|bekritiseren|0.58
p:bent ongerust|gevoelsreflectie|0.96
p:bent ongerust|ondervragen|0.95
p:bent ook|bekritiseren|1.28
p:bent soms|jij-boodschap|1.72
p:bent soms|etiketteren|0.92
p:bent teleurgesteld|geruststellen|-0.97
p:bent toch|jij-boodschap|-0.81
p:bent toch|moraliseren|0.19
p:bent toch|prijzen|1.0
p:bent toch|ondervragen|-0.98
p:bent toch|afleiden|-0.99
p:bent u|jij-boodschap|0.75
p:bent u|gevoelsreflectie|1.0
p:bent u|aanmoediging|-0.96
p:bent u|bevelen|-0.96
p:bent u|bekritiseren|-1.62
p:bent u|etiketteren|1.65
p:bent u|ondervragen|1.95
p:bent u|vervolgafspraak|-0.92
p:bent veel|bekritiseren|-2.32
p:bent vergeten|open-vraag|0.98
p:bent wat|gevoelsreflectie|0.92
p:bent wat|open-vraag|0.62
p:bent zo'n|gevoelsreflectie|-0.99
p:bent zo'n|bevelen|-0.99
p:bent zo'n|moraliseren|-0.96
p:bent zo'n|adviseren|0.99
p:bent zo'n|prijzen|0.17
p:bent zo'n|etiketteren|0.96
p:bent zo'n|interpreteren|-0.93
p:bent zo'n|geruststellen|-0.86
p:beoordelen of|waarschuwen|-1.0
p:beoordelen of|moraliseren|-1.0
p:beoordelen of|bekritiseren|-1.0
p:bereikbaar als|bekritiseren|-2.27
p:bereiken en|open-vraag|0.96
p:bericht krijgt|argumenteren|0.95
p:bericht krijgt|etiketteren|-0.95
p:bericht van|jij-boodschap|0.92
p:bericht van|bekritiseren|1.28
p:berichten in|jij-boodschap|1.48
p:berichten in|bekritiseren|1.65
p:berichten reageert|ik-boodschap|1.0
p:berichten van|bekritiseren|0.86
p:beschermt haar|interpreteren|0.96
p:beschrijven waarin|gevoelsreflectie|-0.99
p:beslissing van|jij-boodschap|-0.98
p:besluit van|vervolgafspraak|0.94
p:bespreken ?|samenvatting|0.99
p:bespreken waar|ik-boodschap|0.98
p:bespreken waar|vervolgafspraak|-0.98
p:bespreken we|samenvatting|0.93
p:bespreken we|afleiden|-0.97
p:bespreken we|vervolgafspraak|0.93
p:besproken ?|ondervragen|-0.99
p:besproken dan|afronding-aankondigen|0.91
p:besproken de|vervolgafspraak|-0.97
p:besproken hebben|afronding-aankondigen|-0.9
p:best bezorgd|ik-boodschap|1.0
p:best bezorgd|jij-boodschap|-1.0
p:best bezorgd|bekritiseren|-1.0
p:best dat|jij-boodschap|-0.81
p:best dat|moraliseren|-0.81
p:best een|adviseren|-0.81
p:best een|prijzen|0.81
p:best een|etiketteren|-0.93
p:best eenzaam|gevoelsreflectie|1.0
p:best spannend|ik-boodschap|-0.97
p:beste aanpak|prijzen|0.99
p:beste bellen|open-vraag|0.99
p:beste gebruiken|open-vraag|-1.63
p:beste kunt|adviseren|0.9
p:beste kunt|argumenteren|-0.99
p:beste leerling|moraliseren|1.0
p:beste leerling|prijzen|1.0
p:beter dan|etiketteren|0.95
p:beter in|jij-boodschap|-0.92
p:beter kan|geruststellen|-0.86
p:beter maar|samenvatting|0.92
p:beter met|argumenteren|-0.99
p:beter meteen|adviseren|0.99
p:beter moet|gevoelsreflectie|-0.83
p:beter moeten|bekritiseren|-0.85
p:beter niet|prijzen|-0.96
p:beter plannen|bevelen|0.96
p:beter plannen|geruststellen|0.96
p:betrokken moeder|gevoelsreflectie|-1.84
p:betrokken moeder|bevelen|-0.99
p:betrokken moeder|interpreteren|-0.93
p:betrokken vader|geruststellen|-0.86
p:bevalt het|open-vraag|-1.71
p:bevalt het|afleiden|0.97
p:bevorderen zit|argumenteren|0.75
p:bezig weer|bekritiseren|0.95
p:bezig weer|etiketteren|-0.83
p:bezorgd ahmed|adviseren|-1.0
p:bezorgd omdat|open-vraag|-0.97
p:bezorgd omdat|vervolgafspraak|0.97
p:bezorgd ze|ik-boodschap|1.0
p:bezorgd ze|jij-boodschap|-1.0
p:bezorgd ze|bekritiseren|-1.0
p:beëindig dit|afronding-aankondigen|0.97
p:beëindigen ik|bedanken|-0.95
p:bibliotheek ?|ik-boodschap|-0.9
p:bieden als|bevelen|-1.0
p:bieden als|waarschuwen|-0.99
p:bieden als|afleiden|-1.0
p:biedt je|jij-boodschap|-0.97
p:biedt je|bevelen|0.84
p:bij ?|afleiden|-0.95
p:bij anouk|open-vraag|0.97
p:bij bent|jij-boodschap|-0.8
p:bij bent|bekritiseren|-0.8
p:bij bent|geruststellen|-0.79
p:bij biologie|parafrase|0.99
p:bij dank|bedanken|0.74
p:bij de|ik-boodschap|2.64
p:bij de|gevoelsreflectie|-0.88
p:bij de|open-vraag|0.98
p:bij de|bevelen|-0.64
p:bij de|moraliseren|-1.82
p:bij de|interpreteren|-0.97
p:bij de|afleiden|1.6
p:bij de|vervolgafspraak|0.93
p:bij duits|parafrase|0.95
p:bij haar|ik-boodschap|-0.98
p:bij hem|interpreteren|0.96
p:bij het|open-vraag|-0.97
p:bij het|bevelen|0.98
p:bij het|adviseren|0.86
p:bij het|bekritiseren|-0.9
p:bij het|afleiden|-0.92
p:bij je|ik-boodschap|-0.76
p:bij jullie|ik-boodschap|0.98
p:bij jullie|parafrase|-0.9
p:bij jullie|open-vraag|0.98
p:bij kan|ik-boodschap|-0.88
p:bij kinderen|geruststellen|1.0
p:bij laten|samenvatting|-0.99
p:bij laten|afleiden|-0.49
p:bij mij|ik-boodschap|-0.94
p:bij mij|waarschuwen|-0.94
p:bij mij|bekritiseren|-0.89
p:bij mij|vervolgafspraak|0.95
p:bij mij|bedanken|-1.0
p:bij moeten|afronding-aankondigen|0.94
p:bij nodig|afronding-aankondigen|-0.94
p:bij nog|waarschuwen|0.99
p:bij ons|jij-boodschap|-0.91
p:bij op|afleiden|-0.57
p:bij scheikunde|waarschuwen|-0.93
p:bij staan|open-vraag|-0.98
p:bij te|moraliseren|0.99
p:bij toch|prijzen|0.85
p:bij u|vervolgafspraak|-0.87
p:bij wat|gevoelsreflectie|0.85
p:bij wiskunde|gevoelsreflectie|-0.72
p:bij zich|ik-boodschap|-0.95
p:bij zich|open-vraag|-1.0
p:bij zich|bevelen|0.89
p:bij zich|moraliseren|-0.98
p:bij zich|adviseren|-0.96
p:bij ziekte|samenvatting|0.96
p:bij ziekte|vervolgafspraak|0.96
p:bij zijn|samenvatting|-1.0
p:bij zijn|bevelen|-0.94
p:bijbaantje te|waarschuwen|-1.0
p:bijhoudt en|ik-boodschap|-0.93
p:bijhoudt over|samenvatting|0.94
p:bijles besproken|afronding-aankondigen|0.91
p:bijles en|ik-boodschap|-0.99
p:bijles en|samenvatting|0.96
p:bijles en|vervolgafspraak|0.96
p:bijles krijgt|prijzen|0.83
p:bijles krijgt|bedanken|-0.48
p:bijles over|vervolgafspraak|0.98
p:bijles telkens|vervolgafspraak|-0.97
p:bijles tot|parafrase|0.99
p:bijna niet|ik-boodschap|0.97
p:bijna niets|open-vraag|-1.0
p:bijna niks|jij-boodschap|-0.83
p:bijwerkt kan|ik-boodschap|0.98
p:bijwerkt kan|vervolgafspraak|-0.98
p:binnen en|ik-boodschap|0.97
p:binnen en|adviseren|-0.97
p:binnen is|interpreteren|0.97
p:binnengekregen waardoor|bekritiseren|-0.96
p:binnenkomt moet|open-vraag|0.64
p:binnenkomt waardoor|vervolgafspraak|-0.93
p:binnenkwam wat|ik-boodschap|0.91
p:biologie nog|bekritiseren|-0.96
p:biologie te|parafrase|0.99
p:blauw oog|ik-boodschap|0.91
p:blijft een|samenvatting|0.92
p:blijft hij|waarschuwen|1.0
p:blijft hij|bekritiseren|-0.9
p:blijft hij|ondervragen|-1.0
p:blijft liggen|adviseren|-0.83
p:blijft na|jij-boodschap|-0.97
p:blijft praten|waarschuwen|0.95
p:blijft reageren|parafrase|-0.99
p:blijft reageren|bedanken|-0.99
p:blijft u|waarschuwen|-1.0
p:blijft u|geruststellen|-1.0
p:blijft uitschelden|waarschuwen|0.92
p:blijft zitten|geruststellen|0.97
p:blijkt gewoon|argumenteren|0.91
p:blijkt ook|moraliseren|-0.91
p:blijven praten|ik-boodschap|0.93
p:blijven praten|vervolgafspraak|-0.84
p:boek vergeten|bekritiseren|-0.67
p:boeken ?|bekritiseren|0.73
p:boeken al|ondervragen|-0.95
p:boeken bij|bevelen|0.89
p:boeken bij|moraliseren|-0.98
p:boeken bij|adviseren|-0.96
p:boeken dat|bevelen|-0.94
p:boeken dat|geruststellen|0.94
p:boeken gekomen|ik-boodschap|1.0
p:boeken gekomen|jij-boodschap|-1.0
p:boeken komt|open-vraag|1.0
p:boeken niet|ik-boodschap|-0.95
p:boos bent|gevoelsreflectie|0.86
p:boos bent|bevelen|0.97
p:boos bent|argumenteren|-0.49
p:boos bent|afleiden|0.92
p:boos omdat|gevoelsreflectie|1.0
p:boos omdat|aanmoediging|-0.96
p:boos omdat|interpreteren|0.99
p:boos omdat|ondervragen|-0.99
p:boos op|geruststellen|-0.94
p:boze gedrag|interpreteren|0.99
p:bram als|argumenteren|-0.95
p:bram als|bekritiseren|0.63
p:bram als|afleiden|-0.92
p:bram besproken|ondervragen|-0.99
p:bram dat|afleiden|-0.77
p:bram drie|aanmoediging|-0.97
p:bram dus|jij-boodschap|-0.81
p:bram dus|moraliseren|-0.81
p:bram ga|aanmoediging|0.99
p:bram gisteren|ik-boodschap|0.91
p:bram hou|bevelen|0.94
p:bram hou|bekritiseren|0.65
p:bram ik|ik-boodschap|-0.92
p:bram je|adviseren|0.99
p:bram jij|jij-boodschap|0.82
p:bram leuk|jij-boodschap|-0.8
p:bram leuk|bekritiseren|-0.8
p:bram leuk|geruststellen|-0.79
p:bram niet|jij-boodschap|1.0
p:bram niet|bekritiseren|1.0
p:bram nog|samenvatting|-0.93
p:bram vergeet|bevelen|-0.94
p:bram vergeet|geruststellen|0.94
p:bram wat|open-vraag|-0.92
p:bram wat|afleiden|0.8
p:bram zit|ik-boodschap|0.97
p:brief over|ik-boodschap|-1.6
p:brief over|parafrase|0.91
p:brief over|gevoelsreflectie|-0.97
p:briefje wegblijft|parafrase|-0.91
p:broer op|geruststellen|-0.92
p:broertje ?|afleiden|-0.87
p:broertje ook|adviseren|0.81
p:brutaal tegen|bekritiseren|-2.12
p:buikpijn is|argumenteren|-0.95
p:buiten begeleiden|ik-boodschap|-1.0
p:buiten begeleiden|waarschuwen|1.0
p:buiten je|ik-boodschap|0.93
p:buiten op|aanmoediging|-0.88
p:buiten wachten|waarschuwen|-0.99
p:buitengesloten het|parafrase|-0.92
p:buitengesloten het|samenvatting|0.9
p:capuchon af|bevelen|0.99
p:capuchon af|adviseren|-0.99
p:chagrijn vandaag|etiketteren|0.95
p:chagrijn vandaag|geruststellen|-0.84
p:checken of|samenvatting|-0.88
p:cijfer dit|geruststellen|-0.87
p:cijfer dit|afleiden|-0.93
p:cijfer geven|aanmoediging|-0.97
p:cijfer kan|bekritiseren|-0.96
p:cijfer nog|ik-boodschap|0.74
p:cijfer te|argumenteren|0.95
p:cijfer toe|vervolgafspraak|0.89
p:cijfer voor|open-vraag|-0.7
p:cijfer voor|etiketteren|-0.93
p:cijfer voor|vervolgafspraak|-0.91
p:cijfers de|bekritiseren|-0.66
p:cijfers en|ik-boodschap|-1.0
p:cijfers en|jij-boodschap|-0.94
p:cijfers en|parafrase|-1.0
p:cijfers en|open-vraag|-1.0
p:cijfers en|aanmoediging|-0.86
p:cijfers en|bevelen|-1.0
p:cijfers en|interpreteren|-1.0
p:cijfers en|afleiden|-0.94
p:cijfers het|argumenteren|1.0
p:cijfers het|afleiden|-1.0
p:cijfers het|vervolgafspraak|-0.97
p:cijfers liegen|argumenteren|0.49
p:cijfers voor|jij-boodschap|-0.89
p:cijfers voor|gevoelsreflectie|-0.92
p:cijfers voor|samenvatting|0.93
p:cijfers wat|samenvatting|0.99
p:cijfers worden|argumenteren|0.96
p:cijfers zakken|ik-boodschap|-0.95
p:cijfers zakken|parafrase|-0.95
p:cijfers zakken|samenvatting|0.95
p:cijfers zakken|waarschuwen|-0.96
p:cijfers zijn|argumenteren|-0.96
p:clown van|jij-boodschap|0.9
p:clown van|bekritiseren|-0.9
p:clown van|etiketteren|0.93
p:collega geeft|bevelen|-0.91
p:collega komt|prijzen|-0.96
p:collega van|vervolgafspraak|0.89
p:communicatie beter|gevoelsreflectie|-0.83
p:communicatie met|samenvatting|-0.95
p:communicatie met|vervolgafspraak|-0.91
p:concentratie de|argumenteren|0.91
p:concentratie kwijtraken|parafrase|-0.99
p:concentreren en|open-vraag|-0.96
p:concentreren kunnen|open-vraag|-0.97
p:concentreren kunnen|vervolgafspraak|0.97
p:conciërge naar|ik-boodschap|-1.0
p:conciërge naar|waarschuwen|1.0
p:contact met|samenvatting|0.97
p:contact oké|aanmoediging|-0.91
p:controleert over|bedanken|-0.48
p:controleert u|bekritiseren|-0.82
p:controleert zijn|bekritiseren|0.83
p:controleren thuis|bekritiseren|-1.96
p:daan er|gevoelsreflectie|-1.0
p:daan gewoon|adviseren|-0.92
p:daan heeft|argumenteren|-0.66
p:daan hoe|parafrase|-1.0
p:daan hoe|ondervragen|-1.0
p:daan in|open-vraag|0.96
p:daan jij|waarschuwen|-0.98
p:daan morgen|bekritiseren|-0.94
p:daan niet|samenvatting|1.0
p:daan zelf|parafrase|1.0
p:daan zelf|samenvatting|-1.0
p:daan zelf|prijzen|-1.0
p:daan zijn|vervolgafspraak|0.91
p:daar anders|parafrase|0.95
p:daar bij|afleiden|-0.95
p:daar eigenlijk|afleiden|-0.99
p:daar ga|ik-boodschap|-0.91
p:daar ga|bevelen|-0.8
p:daar ga|argumenteren|-0.99
p:daar ga|ondervragen|-0.96
p:daar ga|afleiden|0.99
p:daar gaat|adviseren|0.81
p:daar gaat|afleiden|1.45
p:daar grenzen|moraliseren|0.95
p:daar grenzen|bekritiseren|0.95
p:daar hebben|etiketteren|0.91
p:daar hebben|afleiden|0.33
p:daar hoeft|moraliseren|-0.86
p:daar hoeft|interpreteren|-0.97
p:daar hoeft|afleiden|1.71
p:daar is|interpreteren|0.98
p:daar kan|ik-boodschap|-0.94
p:daar kan|argumenteren|0.67
p:daar kom|bevelen|-0.99
p:daar maak|ik-boodschap|0.97
p:daar maak|adviseren|-0.97
p:daar niks|jij-boodschap|0.96
p:daar nog|samenvatting|0.93
p:daar nu|bevelen|0.94
p:daar nu|argumenteren|-0.91
p:daar nu|bekritiseren|0.65
p:daar ongerust|gevoelsreflectie|0.88
p:daar raak|vervolgafspraak|-0.97
p:daar schrok|ik-boodschap|1.86
p:daar schrok|gevoelsreflectie|-0.96
p:daar schrok|bekritiseren|-0.11
p:daar slaat|afleiden|-0.99
p:daar staat|afleiden|-0.93
p:daar te|interpreteren|-0.96
p:daar valt|argumenteren|1.88
p:daar valt|geruststellen|-0.9
p:daar valt|afleiden|-0.91
p:daar wil|afleiden|0.98
p:daar word|samenvatting|-0.96
p:daaraan doet|parafrase|-0.86
p:daardoor de|parafrase|-0.86
p:daardoor doen|ik-boodschap|0.88
p:daardoor doen|gevoelsreflectie|-0.88
p:daardoor dom|samenvatting|0.95
p:daardoor dom|bedanken|0.89
p:daardoor kan|ik-boodschap|-0.96
p:daarin ?|parafrase|0.85
p:daarnaar ?|ik-boodschap|-1.0
p:daarnaar ?|interpreteren|-1.0
p:daarnaar ?|ondervragen|1.0
p:daarnaar ?|vervolgafspraak|-1.0
p:daarom doet|moraliseren|-0.96
p:daarom is|interpreteren|0.99
p:daarom niet|parafrase|0.93
p:daarom zo|interpreteren|0.92
p:daarom zoekt|adviseren|0.93
p:daarover hoe|waarschuwen|-1.0
p:daarover hoe|afleiden|1.0
p:daartegenaan ?|jij-boodschap|-0.71
p:daartegenaan ?|open-vraag|1.61
p:daartegenaan ?|bekritiseren|-1.79
p:daarvan ?|ik-boodschap|0.91
p:daarvan thuis|open-vraag|0.97
p:daden gevolgen|moraliseren|0.91
p:dag ?|bekritiseren|-0.82
p:dag ?|ondervragen|0.95
p:dag een|gevoelsreflectie|0.97
p:dag een|adviseren|0.97
p:dag op|bevelen|-0.73
p:dag op|waarschuwen|-0.94
p:dag slecht|open-vraag|-0.97
p:dag slecht|vervolgafspraak|0.97
p:dag verlaagt|argumenteren|0.91
p:dag zijn|bevelen|0.89
p:dag zijn|moraliseren|-0.98
p:dagen ?|open-vraag|-0.99
p:dagen woensdag|samenvatting|-0.93
p:dagopening mist|vervolgafspraak|-0.93
p:dan ?|ik-boodschap|-1.0
p:dan ?|adviseren|-0.99
p:dan ?|interpreteren|-1.0
p:dan ?|ondervragen|1.0
p:dan ?|vervolgafspraak|-1.0
p:dan ben|adviseren|0.81
p:dan bespreken|afleiden|-0.97
p:dan bij|parafrase|0.95
p:dan de|etiketteren|0.95
p:dan doet|jij-boodschap|0.71
p:dan doet|bekritiseren|-0.9
p:dan doet|geruststellen|-0.99
p:dan gaat|bekritiseren|-0.33
p:dan hoor|moraliseren|1.0
p:dan hoor|prijzen|1.0
p:dan in|ik-boodschap|1.0
p:dan in|adviseren|1.0
p:dan kan|ik-boodschap|1.0
p:dan kan|jij-boodschap|-1.0
p:dan kan|open-vraag|-0.97
p:dan kan|adviseren|-1.0
p:dan kan|argumenteren|-0.76
p:dan kan|vervolgafspraak|0.97
p:dan kijken|afronding-aankondigen|-0.94
p:dan komen|afleiden|-0.99
p:dan kun|ondervragen|-0.98
p:dan kunt|adviseren|-0.83
p:dan laten|bedanken|0.74
p:dan niet|waarschuwen|-1.0
p:dan niet|moraliseren|-1.0
p:dan niet|bekritiseren|-1.0
p:dan normaal|argumenteren|-0.91
p:dan over|interpreteren|0.94
p:dan ronden|samenvatting|-1.0
p:dan ronden|prijzen|-0.83
p:dan ronden|afronding-aankondigen|1.0
p:dan ronden|vervolgafspraak|-1.0
p:dan ronden|bedanken|-0.66
p:dan sluiten|samenvatting|0.95
p:dan sluiten|vervolgafspraak|-0.94
p:dan sluiten|bedanken|0.89
p:dan spreken|afronding-aankondigen|-0.98
p:dan sta|ik-boodschap|0.97
p:dan tekent|bevelen|-0.96
p:dan thuisgehouden|bekritiseren|0.97
p:dan vinden|prijzen|0.83
p:dan vindt|prijzen|0.98
p:dan wil|afronding-aankondigen|0.91
p:dan zet|vervolgafspraak|0.97
p:dank daarvoor|bedanken|0.99
p:dank je|ik-boodschap|-0.97
p:dank je|gevoelsreflectie|-0.97
p:dank je|samenvatting|-0.95
p:dank je|bekritiseren|-0.97
p:dank je|afronding-aankondigen|0.95
p:dank je|vervolgafspraak|0.86
p:dank je|bedanken|2.24
p:dank jullie|bekritiseren|-0.61
p:dank u|adviseren|-0.97
p:dank u|bekritiseren|0.71
p:dank u|prijzen|-0.97
p:dank u|afronding-aankondigen|-0.95
p:dank u|vervolgafspraak|-1.83
p:dank u|bedanken|1.74
p:dank voor|vervolgafspraak|0.94
p:dankbaar dat|bedanken|0.77
p:dankjewel dan|prijzen|-0.83
p:dankjewel voor|afronding-aankondigen|-1.0
p:dankjewel voor|bedanken|0.93
p:dat ?|samenvatting|0.92
p:dat ?|bevelen|-0.73
p:dat ?|waarschuwen|-0.94
p:dat ?|afleiden|-0.95
p:dat alleen|prijzen|-0.99
p:dat allemaal|prijzen|0.85
p:dat als|bekritiseren|-0.82
p:dat anouk|ik-boodschap|-0.96
p:dat baart|adviseren|-0.93
p:dat begrijp|argumenteren|-0.99
p:dat begrijp|geruststellen|0.99
p:dat bij|ik-boodschap|0.98
p:dat bij|parafrase|-0.9
p:dat bij|open-vraag|0.98
p:dat blijft|adviseren|-0.83
p:dat blijkt|moraliseren|-0.91
p:dat boze|interpreteren|0.99
p:dat bram|ik-boodschap|0.91
p:dat de|ik-boodschap|-0.93
p:dat de|parafrase|2.84
p:dat de|gevoelsreflectie|-0.83
p:dat de|samenvatting|-0.86
p:dat de|adviseren|0.96
p:dat ding|bevelen|1.0
p:dat ding|interpreteren|-1.0
p:dat dit|jij-boodschap|-0.81
p:dat dit|gevoelsreflectie|0.88
p:dat dit|open-vraag|-0.94
p:dat dit|aanmoediging|0.88
p:dat dit|moraliseren|-0.81
p:dat dit|argumenteren|-0.95
p:dat dit|prijzen|0.99
p:dat doet|afleiden|0.97
p:dat duidelijk|bevelen|0.82
p:dat duidelijk|argumenteren|-0.82
p:dat een|jij-boodschap|-0.97
p:dat een|argumenteren|0.96
p:dat eigenlijk|interpreteren|1.0
p:dat er|gevoelsreflectie|-0.7
p:dat er|interpreteren|0.8
p:dat ervaren|ondervragen|-0.99
p:dat even|interpreteren|-0.91
p:dat frustreert|gevoelsreflectie|-0.96
p:dat gaat|prijzen|-0.92
p:dat gaat|etiketteren|-0.98
p:dat gaat|interpreteren|0.13
p:dat gaat|geruststellen|2.77
p:dat gaat|afleiden|-0.73
p:dat gebeurt|gevoelsreflectie|-0.94
p:dat gebeurt|geruststellen|0.72
p:dat gebeurt|afleiden|-0.81
p:dat gedoe|open-vraag|-0.92
p:dat gedoe|geruststellen|-0.95
p:dat gedoe|afleiden|1.75
p:dat gedrag|adviseren|-0.92
p:dat geen|bekritiseren|0.59
p:dat gesprek|gevoelsreflectie|0.76
p:dat gesprek|samenvatting|0.86
p:dat gesprek|vervolgafspraak|0.92
p:dat gewoon|bevelen|-0.98
p:dat gewoon|bekritiseren|0.58
p:dat haalt|geruststellen|1.89
p:dat haalt|afleiden|-0.98
p:dat had|adviseren|-0.99
p:dat had|argumenteren|0.99
p:dat had|bekritiseren|0.87
p:dat heb|parafrase|-0.99
p:dat heel|bekritiseren|-0.92
p:dat heel|geruststellen|-0.92
p:dat het|parafrase|0.95
p:dat het|gevoelsreflectie|-1.04
p:dat het|bevelen|-0.98
p:dat het|bekritiseren|0.77
p:dat het|interpreteren|-1.88
p:dat het|geruststellen|-0.9
p:dat het|bedanken|0.98
p:dat hij|jij-boodschap|0.83
p:dat hij|parafrase|1.72
p:dat hij|gevoelsreflectie|-0.95
p:dat hij|samenvatting|0.7
p:dat hij|open-vraag|1.94
p:dat hij|bevelen|1.84
p:dat hij|bekritiseren|0.83
p:dat hij|etiketteren|-0.93
p:dat hij|geruststellen|-0.94
p:dat hij|bedanken|-0.48
p:dat hoort|bevelen|-0.94
p:dat hoort|moraliseren|-1.82
p:dat hoort|interpreteren|-0.97
p:dat hoort|geruststellen|0.94
p:dat hoort|afleiden|1.08
p:dat huiswerkritme|prijzen|0.85
p:dat ik|ik-boodschap|-1.93
p:dat ik|jij-boodschap|1.0
p:dat ik|parafrase|-0.91
p:dat ik|samenvatting|0.94
p:dat ik|bekritiseren|1.0
p:dat in|ik-boodschap|-0.99
p:dat in|bevelen|-0.92
p:dat in|geruststellen|0.99
p:dat incident|afleiden|0.95
p:dat irriteert|samenvatting|-1.0
p:dat irriteert|vervolgafspraak|-1.0
p:dat is|argumenteren|0.91
p:dat is|bekritiseren|1.29
p:dat is|etiketteren|0.94
p:dat is|geruststellen|0.99
p:dat is|afleiden|0.14
p:dat jammer|ik-boodschap|0.88
p:dat jammer|gevoelsreflectie|-0.88
p:dat jara|jij-boodschap|-0.83
p:dat jayden|jij-boodschap|-0.71
p:dat jayden|open-vraag|0.97
p:dat jayden|bekritiseren|-1.79
p:dat je|ik-boodschap|-1.7
p:dat je|jij-boodschap|0.23
p:dat je|gevoelsreflectie|-0.76
p:dat je|open-vraag|-0.97
p:dat je|bevelen|0.15
p:dat je|waarschuwen|-1.02
p:dat je|adviseren|0.97
p:dat je|argumenteren|-1.91
p:dat je|bekritiseren|-0.1
p:dat je|prijzen|0.16
p:dat je|geruststellen|-1.75
p:dat je|afronding-aankondigen|-0.94
p:dat je|vervolgafspraak|-0.93
p:dat je|bedanken|-0.54
p:dat jesse|samenvatting|-0.88
p:dat jij|ik-boodschap|-1.85
p:dat jij|open-vraag|-0.95
p:dat jij|bekritiseren|2.76
p:dat jij|interpreteren|-1.81
p:dat jij|geruststellen|0.97
p:dat jullie|jij-boodschap|0.96
p:dat jullie|bekritiseren|-1.46
p:dat jullie|bedanken|0.76
p:dat kan|etiketteren|-0.91
p:dat klinkt|ik-boodschap|-0.93
p:dat klinkt|gevoelsreflectie|2.61
p:dat klinkt|open-vraag|0.35
p:dat klinkt|afleiden|-0.73
p:dat klopt|ik-boodschap|-1.0
p:dat klopt|jij-boodschap|-1.0
p:dat klopt|parafrase|-1.0
p:dat klopt|gevoelsreflectie|-1.0
p:dat klopt|samenvatting|-1.0
p:dat klopt|open-vraag|-1.0
p:dat klopt|aanmoediging|-1.0
p:dat klopt|bevelen|-1.0
p:dat klopt|waarschuwen|-1.0
p:dat klopt|moraliseren|-1.0
p:dat klopt|adviseren|-1.0
p:dat klopt|argumenteren|1.0
p:dat klopt|bekritiseren|-1.0
p:dat klopt|prijzen|-1.0
p:dat klopt|etiketteren|-1.0
p:dat klopt|interpreteren|-1.0
p:dat klopt|geruststellen|-1.0
p:dat klopt|ondervragen|-1.0
p:dat klopt|afleiden|-1.0
p:dat klopt|afronding-aankondigen|-1.0
p:dat klopt|vervolgafspraak|-1.0
p:dat klopt|bedanken|-1.0
p:dat komt|parafrase|-0.85
p:dat komt|bevelen|-0.92
p:dat komt|adviseren|1.0
p:dat komt|bekritiseren|-1.0
p:dat komt|interpreteren|1.0
p:dat komt|geruststellen|-0.98
p:dat komt|afleiden|-0.86
p:dat kost|open-vraag|0.64
p:dat liegen|moraliseren|0.92
p:dat liegen|argumenteren|-0.92
p:dat lijkt|bekritiseren|-0.99
p:dat liv|adviseren|-0.93
p:dat loes|etiketteren|-0.93
p:dat maakt|ik-boodschap|1.0
p:dat merk|bekritiseren|-0.99
p:dat merk|etiketteren|0.99
p:dat milan|ik-boodschap|0.94
p:dat milan|jij-boodschap|-0.43
p:dat milan|open-vraag|-0.98
p:dat milan|bekritiseren|-0.94
p:dat milan|afleiden|-0.98
p:dat milan|vervolgafspraak|-0.98
p:dat moet|gevoelsreflectie|2.74
p:dat morgen|argumenteren|-0.95
p:dat morgen|bekritiseren|0.63
p:dat niemand|gevoelsreflectie|0.65
p:dat niemand|bevelen|-0.97
p:dat niemand|bedanken|-0.75
p:dat niet|jij-boodschap|0.67
p:dat niet|waarschuwen|1.0
p:dat niet|adviseren|-1.0
p:dat niet|bekritiseren|0.81
p:dat niet|prijzen|-1.0
p:dat niet|geruststellen|-0.94
p:dat niet|ondervragen|1.94
p:dat niet|afleiden|-0.96
p:dat nieuwe|afleiden|0.98
p:dat nina|ik-boodschap|-0.71
p:dat noah|ik-boodschap|0.93
p:dat noah|adviseren|0.93
p:dat noah|vervolgafspraak|0.93
p:dat nog|bevelen|-0.65
p:dat nog|waarschuwen|0.99
p:dat nog|interpreteren|-0.99
p:dat noor|open-vraag|-1.97
p:dat nou|argumenteren|-0.99
p:dat nou|afleiden|0.99
p:dat nu|argumenteren|0.96
p:dat om|bekritiseren|-0.82
p:dat oprecht|ik-boodschap|0.9
p:dat overkomt|geruststellen|-1.39
p:dat overkomt|afleiden|1.6
p:dat precies|afleiden|-0.96
p:dat ravi|argumenteren|-1.0
p:dat ravi|interpreteren|1.0
p:dat samen|open-vraag|1.0
p:dat sara|geruststellen|-0.93
p:dat schermgebruik|argumenteren|0.91
p:dat schermgebruik|bekritiseren|0.73
p:dat schrikken|open-vraag|-0.99
p:dat sem|ik-boodschap|0.98
p:dat sem|parafrase|-0.9
p:dat sem|open-vraag|0.98
p:dat slaat|argumenteren|0.82
p:dat slaat|bekritiseren|1.0
p:dat snap|gevoelsreflectie|0.96
p:dat soort|geruststellen|-0.93
p:dat soort|afleiden|0.93
p:dat sophie|ik-boodschap|-0.99
p:dat stelt|gevoelsreflectie|-0.93
p:dat stijn|open-vraag|-0.95
p:dat thuis|ik-boodschap|0.71
p:dat thuis|open-vraag|1.87
p:dat timo|ik-boodschap|0.99
p:dat toegestaan|ondervragen|0.98
p:dat tom|interpreteren|0.96
p:dat trekt|parafrase|-0.94
p:dat u|ik-boodschap|-0.89
p:dat u|jij-boodschap|0.62
p:dat u|parafrase|-0.98
p:dat u|gevoelsreflectie|1.23
p:dat u|open-vraag|-0.72
p:dat u|aanmoediging|-0.99
p:dat u|bevelen|1.62
p:dat u|argumenteren|0.42
p:dat u|bekritiseren|0.5
p:dat u|geruststellen|1.68
p:dat u|afronding-aankondigen|-0.99
p:dat u|vervolgafspraak|-0.95
p:dat u|bedanken|1.05
p:dat verteld|ondervragen|0.99
p:dat vind|ik-boodschap|3.89
p:dat vind|parafrase|-0.91
p:dat vind|gevoelsreflectie|-0.86
p:dat vind|open-vraag|1.61
p:dat vind|adviseren|0.93
p:dat vind|argumenteren|-0.76
p:dat vind|vervolgafspraak|0.91
p:dat voor|parafrase|0.99
p:dat voor|gevoelsreflectie|0.71
p:dat voor|samenvatting|-0.85
p:dat voortaan|bekritiseren|0.83
p:dat waait|afleiden|-0.99
p:dat was|jij-boodschap|-0.98
p:dat was|bekritiseren|0.92
p:dat was|geruststellen|-0.95
p:dat we|argumenteren|0.94
p:dat we|prijzen|0.96
p:dat we|afronding-aankondigen|1.0
p:dat we|vervolgafspraak|-0.83
p:dat we|bedanken|-0.77
p:dat weet|moraliseren|0.97
p:dat wel|geruststellen|0.77
p:dat wel|afleiden|-0.94
p:dat werkstuk|bevelen|0.91
p:dat wij|open-vraag|-0.99
p:dat ze|ik-boodschap|-0.95
p:dat ze|jij-boodschap|-0.6
p:dat ze|parafrase|0.98
p:dat ze|gevoelsreflectie|-0.98
p:dat ze|open-vraag|-1.0
p:dat ze|moraliseren|0.94
p:dat ze|argumenteren|0.75
p:dat ze|prijzen|0.72
p:dat ze|interpreteren|0.84
p:dat ze|ondervragen|-0.95
p:dat zeg|interpreteren|0.82
p:dat zegt|bekritiseren|-0.95
p:dat zegt|interpreteren|0.94
p:dat zelf|parafrase|-1.0
p:dat zelf|ondervragen|-1.0
p:dat zie|gevoelsreflectie|0.95
p:dat zie|bekritiseren|-2.73
p:dat ziet|bekritiseren|-1.67
p:dat zijn|moraliseren|0.91
p:dat zit|ik-boodschap|0.91
p:dat zit|argumenteren|-0.91
p:dat zo|jij-boodschap|0.97
p:dat zo|waarschuwen|0.87
p:dat zo|bekritiseren|1.99
p:dat zo|prijzen|-0.73
p:dat zou|moraliseren|0.93
p:dat zoë|ik-boodschap|0.71
p:dat zoë|parafrase|1.0
p:dat zoë|gevoelsreflectie|-1.0
p:dat zoë|open-vraag|0.92
p:de aandacht|samenvatting|-1.0
p:de aandacht|vervolgafspraak|-1.0
p:de aansluiting|gevoelsreflectie|0.91
p:de aansluiting|waarschuwen|-0.87
p:de aansluiting|prijzen|-0.84
p:de absenties|samenvatting|-0.94
p:de absenties|afleiden|-0.94
p:de administratie|ik-boodschap|0.92
p:de administratie|waarschuwen|-0.92
p:de administratie|adviseren|-0.92
p:de advocaat|etiketteren|0.94
p:de afdelingsleider|adviseren|-0.95
p:de afgelopen|ik-boodschap|1.85
p:de afgelopen|jij-boodschap|-0.43
p:de afgelopen|argumenteren|-0.91
p:de afgelopen|bekritiseren|-0.94
p:de afgelopen|ondervragen|-0.95
p:de afspraak|jij-boodschap|0.73
p:de afspraak|argumenteren|-0.76
p:de afspraken|ik-boodschap|-0.98
p:de afspraken|jij-boodschap|-0.71
p:de afspraken|parafrase|-1.0
p:de afspraken|samenvatting|-0.93
p:de afspraken|bekritiseren|-1.11
p:de afspraken|vervolgafspraak|1.02
p:de andere|parafrase|0.95
p:de andere|samenvatting|-0.99
p:de andere|argumenteren|0.96
p:de andere|bekritiseren|0.85
p:de andere|etiketteren|-0.95
p:de anderen|ik-boodschap|2.65
p:de anderen|parafrase|-0.99
p:de anderen|gevoelsreflectie|-0.88
p:de anderen|open-vraag|-0.96
p:de auto|vervolgafspraak|-0.92
p:de basisschool|open-vraag|0.59
p:de bedtijd|jij-boodschap|-0.94
p:de bel|vervolgafspraak|-0.96
p:de berichten|jij-boodschap|1.48
p:de berichten|bekritiseren|2.52
p:de beste|prijzen|0.99
p:de beste|geruststellen|0.98
p:de bibliotheek|ik-boodschap|-0.9
p:de bijles|ik-boodschap|-0.99
p:de bijles|parafrase|0.99
p:de bijles|samenvatting|1.0
p:de bijles|bevelen|0.99
p:de bijles|afronding-aankondigen|0.91
p:de bovenbouw|waarschuwen|-0.87
p:de brief|ik-boodschap|-1.6
p:de brief|parafrase|0.91
p:de brief|gevoelsreflectie|-0.97
p:de brief|samenvatting|-0.93
p:de brugklas|ik-boodschap|-0.99
p:de brugklas|geruststellen|0.99
p:de cijfers|jij-boodschap|-0.94
p:de cijfers|samenvatting|0.93
p:de cijfers|waarschuwen|-0.96
p:de cijfers|argumenteren|0.49
p:de cijfers|bekritiseren|-0.66
p:de cijfers|vervolgafspraak|-0.97
p:de clown|jij-boodschap|0.9
p:de clown|bekritiseren|-0.9
p:de clown|etiketteren|0.93
p:de communicatie|gevoelsreflectie|-0.83
p:de communicatie|samenvatting|-0.95
p:de communicatie|vervolgafspraak|-0.91
p:de concentratie|argumenteren|0.91
p:de conciërge|ik-boodschap|-1.0
p:de conciërge|samenvatting|-0.93
p:de conciërge|bevelen|0.92
p:de conciërge|waarschuwen|1.0
p:de dag|open-vraag|-0.97
p:de dag|waarschuwen|0.94
p:de dag|vervolgafspraak|0.97
p:de dagopening|vervolgafspraak|-0.93
p:de deadline|argumenteren|0.9
p:de deur|ik-boodschap|0.8
p:de deur|gevoelsreflectie|-0.94
p:de directeur|geruststellen|-0.91
p:de directie|waarschuwen|0.92
p:de directie|vervolgafspraak|0.94
p:de docent|parafrase|0.93
p:de docent|moraliseren|0.98
p:de docent|bekritiseren|-0.98
p:de docenten|gevoelsreflectie|-1.0
p:de docenten|moraliseren|-0.9
p:de docenten|bekritiseren|1.9
p:de docentenvergadering|waarschuwen|-0.94
p:de draad|ik-boodschap|1.0
p:de eerste|ik-boodschap|0.97
p:de eerste|parafrase|-0.86
p:de eerste|adviseren|-0.97
p:de eerste|prijzen|-0.98
p:de eerste|geruststellen|0.93
p:de excursie|interpreteren|-0.91
p:de familie|prijzen|-0.98
p:de feiten|waarschuwen|-0.99
p:de feiten|argumenteren|0.99
p:de fiets|ondervragen|-0.98
p:de gang|open-vraag|-0.98
p:de gang|waarschuwen|0.94
p:de gang|adviseren|0.98
p:de gaten|samenvatting|0.96
p:de gaten|geruststellen|0.65
p:de gaten|vervolgafspraak|0.96
p:de groep|jij-boodschap|1.92
p:de groep|bekritiseren|-0.47
p:de groep|etiketteren|0.93
p:de groepsapp|samenvatting|0.93
p:de groepsapp|geruststellen|-0.95
p:de groepsapp|afleiden|0.95
p:de groepsopdracht|ik-boodschap|0.88
p:de groepsopdracht|gevoelsreflectie|-0.88
p:de grote|etiketteren|0.91
p:de grote|afleiden|-0.66
p:de gymdocent|jij-boodschap|-0.71
p:de gymdocent|open-vraag|0.97
p:de gymdocent|bekritiseren|-1.79
p:de gymdocent|vervolgafspraak|0.96
p:de gymles|ik-boodschap|0.93
p:de gymles|gevoelsreflectie|0.9
p:de hand|jij-boodschap|0.71
p:de hand|bekritiseren|0.86
p:de hand|geruststellen|-0.99
p:de hele|ik-boodschap|-0.13
p:de hele|jij-boodschap|0.43
p:de hele|gevoelsreflectie|-0.94
p:de hele|bevelen|0.94
p:de hele|argumenteren|-0.99
p:de hele|etiketteren|0.95
p:de helft|open-vraag|-0.88
p:de herfstvakantie|ik-boodschap|1.0
p:de herfstvakantie|jij-boodschap|-1.0
p:de herfstvakantie|open-vraag|-1.0
p:de herfstvakantie|bekritiseren|-1.96
p:de herkansing|ik-boodschap|0.74
p:de hoogte|gevoelsreflectie|1.0
p:de hoogte|prijzen|0.99
p:de hoogte|geruststellen|-0.99
p:de hoogte|ondervragen|0.99
p:de hoogte|bedanken|0.95
p:de huisarts|ik-boodschap|1.0
p:de huisarts|jij-boodschap|-0.96
p:de huisarts|gevoelsreflectie|0.85
p:de huisarts|samenvatting|0.93
p:de huisarts|adviseren|1.0
p:de huisarts|vervolgafspraak|0.93
p:de huiswerkbegeleiding|adviseren|0.99
p:de huiswerkklas|samenvatting|1.83
p:de huiswerkklas|bevelen|-0.94
p:de huiswerkklas|waarschuwen|-0.97
p:de huiswerkklas|adviseren|0.97
p:de intern|afronding-aankondigen|-0.98
p:de invallers|bekritiseren|0.59
p:de jaarplanning|argumenteren|0.99
p:de kampweek|parafrase|-0.92
p:de kampweek|samenvatting|0.9
p:de kans|ik-boodschap|0.98
p:de kast|adviseren|0.9
p:de kast|argumenteren|-0.99
p:de kerst|parafrase|-0.94
p:de kerst|adviseren|-0.99
p:de kerst|geruststellen|0.99
p:de keuken|ik-boodschap|-0.95
p:de keuken|bekritiseren|-0.95
p:de klas|ik-boodschap|0.83
p:de klas|jij-boodschap|-0.79
p:de klas|samenvatting|-1.78
p:de klas|bevelen|0.82
p:de klas|moraliseren|-0.99
p:de klas|adviseren|-0.81
p:de klas|argumenteren|0.16
p:de klas|bekritiseren|0.46
p:de klas|etiketteren|-0.93
p:de klas|ondervragen|-0.98
p:de klas|afleiden|-0.93
p:de klas|afronding-aankondigen|-0.99
p:de klas|vervolgafspraak|-1.0
p:de kleedkamer|afleiden|-0.92
p:de kluisjes|ik-boodschap|0.81
p:de laatste|parafrase|-0.9
p:de laatste|open-vraag|0.98
p:de laatste|geruststellen|0.93
p:de laptop|adviseren|0.96
p:de lat|adviseren|-0.98
p:de lat|bekritiseren|0.1
p:de leerplichtambtenaar|ik-boodschap|-0.96
p:de leerplichtambtenaar|waarschuwen|0.83
p:de leraar|moraliseren|0.86
p:de leraar|adviseren|-0.96
p:de les|ik-boodschap|0.15
p:de les|parafrase|1.0
p:de les|gevoelsreflectie|-1.0
p:de les|samenvatting|-1.0
p:de les|open-vraag|0.93
p:de les|adviseren|1.0
p:de les|argumenteren|-1.91
p:de les|bekritiseren|0.73
p:de les|interpreteren|-0.94
p:de les|vervolgafspraak|-1.0
p:de lunch|open-vraag|0.97
p:de mail|ik-boodschap|-0.98
p:de mail|samenvatting|1.0
p:de mail|ondervragen|0.97
p:de mentor|ik-boodschap|-0.89
p:de mentor|bevelen|-0.96
p:de mentor|geruststellen|0.65
p:de mentor|ondervragen|0.95
p:de mentor|afronding-aankondigen|-0.97
p:de mentor|bedanken|0.95
p:de moeite|bekritiseren|0.25
p:de nabespreking|ik-boodschap|0.98
p:de nabespreking|parafrase|-0.9
p:de nabespreking|open-vraag|0.98
p:de nieuwe|ik-boodschap|0.91
p:de nieuwe|argumenteren|-0.91
p:de nieuwe|ondervragen|-0.96
p:de normering|argumenteren|0.95
p:de oefeningen|gevoelsreflectie|-0.86
p:de oefeningen|open-vraag|0.95
p:de oefentoets|afronding-aankondigen|-0.94
p:de opdracht|jij-boodschap|-1.0
p:de opdracht|open-vraag|-0.97
p:de opdracht|argumenteren|0.82
p:de opdracht|geruststellen|-0.97
p:de opdrachten|open-vraag|1.0
p:de orde|afleiden|0.93
p:de ouderavond|gevoelsreflectie|-0.97
p:de ouderavond|adviseren|-1.0
p:de ouderavond|ondervragen|0.99
p:de overgang|open-vraag|0.75
p:de overgang|vervolgafspraak|-0.97
p:de overgangsnormen|ik-boodschap|-0.94
p:de overgangsnormen|argumenteren|0.67
p:de overstap|ik-boodschap|-0.99
p:de overstap|bekritiseren|-0.96
p:de pauze|gevoelsreflectie|-0.96
p:de pauze|open-vraag|-0.97
p:de pauze|bekritiseren|-0.11
p:de pesterijen|samenvatting|0.99
p:de planner|ik-boodschap|-0.92
p:de planning|ik-boodschap|-0.81
p:de planning|jij-boodschap|0.97
p:de planning|samenvatting|0.94
p:de planning|afleiden|-0.96
p:de planning|vervolgafspraak|-0.96
p:de plusklas|adviseren|0.93
p:de puberteit|moraliseren|-0.86
p:de puberteit|interpreteren|-0.97
p:de puberteit|afleiden|1.71
p:de pubertijd|moraliseren|-0.96
p:de pubertijd|afleiden|0.86
p:de rapportvergadering|samenvatting|-0.99
p:de receptie|afleiden|-0.97
p:de regels|bevelen|0.47
p:de regels|moraliseren|0.9
p:de regels|argumenteren|0.99
p:de reistijd|bekritiseren|-0.66
p:de rest|samenvatting|-0.86
p:de rest|open-vraag|-0.97
p:de rest|argumenteren|0.98
p:de rest|vervolgafspraak|0.97
p:de ruzie|samenvatting|1.93
p:de ruzie|adviseren|-0.83
p:de ruzie|bekritiseren|-0.87
p:de scheiding|interpreteren|1.98
p:de scheiding|ondervragen|-0.99
p:de school|ik-boodschap|-0.93
p:de school|gevoelsreflectie|0.99
p:de school|samenvatting|-0.9
p:de school|aanmoediging|-0.96
p:de school|adviseren|0.81
p:de school|argumenteren|-0.96
p:de school|bekritiseren|0.96
p:de school|interpreteren|0.94
p:de schoolarts|open-vraag|-0.97
p:de schoolarts|vervolgafspraak|0.97
p:de schoolgids|geruststellen|-0.9
p:de schoolgids|afleiden|-0.84
p:de schoolreis|afleiden|0.75
p:de schorsing|gevoelsreflectie|0.98
p:de schorsing|samenvatting|-0.93
p:de schorsing|interpreteren|-0.99
p:de schuld|bekritiseren|0.96
p:de sectie|gevoelsreflectie|0.76
p:de sectie|samenvatting|0.86
p:de sectie|vervolgafspraak|0.92
p:de sfeer|jij-boodschap|0.97
p:de sfeer|samenvatting|0.92
p:de sfeer|waarschuwen|0.87
p:de sfeer|bekritiseren|1.33
p:de sfeer|prijzen|-0.73
p:de slimste|adviseren|-0.81
p:de slimste|prijzen|0.81
p:de slimste|etiketteren|-0.93
p:de slimste|ondervragen|-0.98
p:de snackbar|ik-boodschap|0.97
p:de snackbar|adviseren|-0.97
p:de spelcomputer|adviseren|0.9
p:de spelcomputer|argumenteren|-0.99
p:de steek|ik-boodschap|-0.93
p:de steek|gevoelsreflectie|0.99
p:de studiewijzer|argumenteren|0.82
p:de tandarts|bevelen|-0.85
p:de tas|ik-boodschap|-0.5
p:de teamleider|samenvatting|-1.84
p:de teamleider|aanmoediging|-0.99
p:de teamleider|bevelen|-0.65
p:de teamleider|waarschuwen|1.98
p:de teamleider|interpreteren|-0.99
p:de teamleider|afronding-aankondigen|-1.0
p:de telefoon|samenvatting|-1.0
p:de telefoon|adviseren|1.0
p:de telefoon|bekritiseren|-0.87
p:de telefoon|afleiden|-1.0
p:de telefoon|vervolgafspraak|-1.0
p:de tijd|parafrase|-0.91
p:de tijd|gevoelsreflectie|0.88
p:de tijd|open-vraag|-0.94
p:de tijd|aanmoediging|1.83
p:de toets|jij-boodschap|-1.0
p:de toets|gevoelsreflectie|-0.24
p:de toets|samenvatting|1.0
p:de toets|open-vraag|-1.0
p:de toets|aanmoediging|-1.0
p:de toets|bevelen|-1.0
p:de toets|waarschuwen|-1.0
p:de toets|moraliseren|-1.0
p:de toets|bekritiseren|-1.0
p:de toets|prijzen|-1.0
p:de toets|etiketteren|-1.0
p:de toets|interpreteren|-1.0
p:de toets|geruststellen|-1.6
p:de toets|ondervragen|-1.0
p:de toets|afleiden|-1.0
p:de toets|afronding-aankondigen|-1.0
p:de toets|vervolgafspraak|0.84
p:de toets|bedanken|-1.0
p:de toetsen|samenvatting|1.0
p:de toetsen|geruststellen|-0.93
p:de toetsweek|ik-boodschap|0.99
p:de tolk|ik-boodschap|-1.05
p:de tolk|parafrase|0.91
p:de tolk|bevelen|-0.99
p:de tolk|adviseren|-1.0
p:de tolk|afronding-aankondigen|0.99
p:de tolk|vervolgafspraak|0.99
p:de tolk|bedanken|-0.77
p:de training|samenvatting|-0.99
p:de trap|ik-boodschap|0.14
p:de tweede|gevoelsreflectie|0.94
p:de tweede|waarschuwen|0.96
p:de tweede|argumenteren|-0.49
p:de tweede|geruststellen|0.94
p:de tweede|afleiden|0.87
p:de uitleg|ik-boodschap|0.56
p:de uitleg|open-vraag|0.73
p:de uitslag|adviseren|-0.83
p:de vakantie|adviseren|-0.81
p:de vakantie|prijzen|0.81
p:de vakantie|geruststellen|0.92
p:de vakantie|afleiden|0.99
p:de vakdocenten|jij-boodschap|-0.94
p:de vakdocenten|samenvatting|0.94
p:de verantwoordelijkheid|jij-boodschap|1.0
p:de verantwoordelijkheid|bekritiseren|1.0
p:de verbouwing|afleiden|0.91
p:de verhuizing|parafrase|1.0
p:de verhuizing|open-vraag|1.0
p:de verhuizing|moraliseren|-1.0
p:de verhuizing|argumenteren|-1.0
p:de verhuizing|bekritiseren|-0.14
p:de verhuizing|interpreteren|1.0
p:de verhuizing|bedanken|-1.0
p:de vertrouwenspersoon|vervolgafspraak|0.92
p:de vierde|moraliseren|0.95
p:de volgende|ik-boodschap|-0.88
p:de volgende|argumenteren|0.91
p:de volgende|etiketteren|-0.77
p:de volgende|afronding-aankondigen|0.94
p:de volgende|vervolgafspraak|-0.94
p:de vrienden|vervolgafspraak|-0.97
p:de vriendengroep|open-vraag|0.75
p:de vriendengroep|afronding-aankondigen|-0.9
p:de vriendengroep|vervolgafspraak|-0.97
p:de vriendschappen|jij-boodschap|-0.94
p:de vries|bevelen|0.99
p:de wc|gevoelsreflectie|-0.72
p:de website|waarschuwen|-0.9
p:de website|argumenteren|-1.61
p:de website|afleiden|-0.93
p:de week|jij-boodschap|-0.94
p:de week|adviseren|1.91
p:de wereld|argumenteren|-0.49
p:de wereld|afleiden|0.92
p:de werkweek|ik-boodschap|-1.6
p:de werkweek|parafrase|0.91
p:de zenuwen|geruststellen|-0.93
p:de zes|argumenteren|0.75
p:de ziekmelding|ik-boodschap|0.92
p:de ziekmelding|waarschuwen|-0.92
p:de ziekmelding|adviseren|-0.92
p:de zin|adviseren|-0.98
p:de zorg|parafrase|-1.0
p:de zorgcoordinator|ik-boodschap|-0.88
p:de zorgcoördinator|samenvatting|0.93
p:de zorgcoördinator|argumenteren|-0.76
p:de zorgcoördinator|afronding-aankondigen|0.97
p:de zorgcoördinator|vervolgafspraak|1.9
p:deadline stond|argumenteren|0.9
p:deadline te|argumenteren|0.65
p:deed je|moraliseren|0.86
p:deed je|adviseren|-0.96
p:deed u|gevoelsreflectie|-0.88
p:deed u|aanmoediging|1.0
p:deed u|etiketteren|-1.0
p:degene die|jij-boodschap|1.71
p:degene die|bekritiseren|-1.64
p:denk dat|jij-boodschap|0.76
p:denk dat|bevelen|-0.98
p:denk dat|argumenteren|-1.0
p:denk dat|bekritiseren|1.67
p:denk dat|etiketteren|0.98
p:denk dat|interpreteren|0.1
p:denk dat|geruststellen|0.9
p:denk dat|afronding-aankondigen|0.94
p:denk dat|vervolgafspraak|-0.98
p:denk eerder|interpreteren|0.96
p:denk erom|bekritiseren|-0.97
p:denk ik|interpreteren|1.91
p:denk maar|waarschuwen|0.92
p:denken altijd|prijzen|0.83
p:denkt daan|gevoelsreflectie|-1.0
p:denkt dat|parafrase|0.93
p:denkt dat|geruststellen|0.91
p:denkt u|ondervragen|-0.95
p:derde uur|ik-boodschap|0.93
p:derde uur|parafrase|-0.93
p:detail laten|bekritiseren|-0.98
p:detail laten|geruststellen|-0.76
p:detail laten|afleiden|0.98
p:deur dichtsloeg|ik-boodschap|-0.84
p:deur dichtsmeet|ik-boodschap|1.65
p:deur dichtsmeet|gevoelsreflectie|-0.94
p:deze klas|open-vraag|0.99
p:deze leeftijd|bekritiseren|-0.96
p:deze leeftijd|afleiden|-0.95
p:deze manier|open-vraag|-0.95
p:deze periode|ik-boodschap|-0.92
p:deze week|gevoelsreflectie|-0.86
p:deze week|open-vraag|0.95
p:deze week|argumenteren|-0.97
p:deze week|bekritiseren|0.7
p:deze zomer|open-vraag|-0.92
p:deze zomer|afleiden|0.8
p:dicht gaat|adviseren|0.96
p:dichtbij school|open-vraag|-1.0
p:dichtbij school|bekritiseren|-0.87
p:dichtklapt dat|open-vraag|0.95
p:dichtsloeg schrok|ik-boodschap|-0.84
p:dichtsmeet schrok|ik-boodschap|1.65
p:dichtsmeet schrok|gevoelsreflectie|-0.94
p:die 8|parafrase|-0.99
p:die afspraak|bekritiseren|-0.66
p:die app|moraliseren|0.98
p:die begint|bekritiseren|-1.64
p:die buikpijn|argumenteren|-0.95
p:die deadlines|bekritiseren|-2.32
p:die examens|bevelen|-0.95
p:die examens|geruststellen|0.95
p:die gegevens|vervolgafspraak|-0.97
p:die groep|gevoelsreflectie|0.94
p:die hebben|argumenteren|0.96
p:die herkansing|geruststellen|1.0
p:die het|prijzen|-0.98
p:die houding|jij-boodschap|-0.98
p:die houding|moraliseren|-0.94
p:die jongen|bekritiseren|0.74
p:die leeftijd|geruststellen|-0.99
p:die leeftijd|afleiden|0.99
p:die mail|parafrase|1.0
p:die mail|open-vraag|-1.0
p:die mail|bekritiseren|0.99
p:die middag|parafrase|0.93
p:die nieuwe|interpreteren|0.99
p:die opdracht|bekritiseren|0.84
p:die overal|moraliseren|-0.96
p:die overal|prijzen|-0.82
p:die overal|etiketteren|0.96
p:die pest|jij-boodschap|1.71
p:die playstation|adviseren|1.0
p:die playstation|bekritiseren|0.85
p:die playstation|etiketteren|-1.0
p:die pushende|bekritiseren|-0.99
p:die pushende|etiketteren|0.99
p:die ruzie|gevoelsreflectie|-1.0
p:die ruzie|samenvatting|-1.0
p:die ruzie|open-vraag|1.0
p:die te|moraliseren|0.9
p:die telefoon|bevelen|0.52
p:die van|ik-boodschap|0.86
p:die van|moraliseren|0.99
p:die we|afronding-aankondigen|-0.91
p:die zo|prijzen|0.99
p:die zo|geruststellen|-0.99
p:dient zich|bekritiseren|-0.62
p:diep van|interpreteren|0.97
p:ding uit|bevelen|1.0
p:ding uit|interpreteren|-1.0
p:dingen besproken|vervolgafspraak|-0.97
p:dingen de|jij-boodschap|-0.94
p:dingen de|bekritiseren|-0.66
p:dinsdag met|vervolgafspraak|0.94
p:dinsdag naar|samenvatting|0.86
p:dipje in|geruststellen|0.94
p:diploma echt|geruststellen|-0.66
p:diploma niet|waarschuwen|0.99
p:diploma nooit|waarschuwen|0.89
p:diploma straks|ik-boodschap|-1.0
p:diploma straks|geruststellen|1.0
p:diploma zeker|waarschuwen|-0.95
p:directeur sturen|geruststellen|-0.91
p:directie dank|vervolgafspraak|0.94
p:dit al|ik-boodschap|-1.0
p:dit al|jij-boodschap|1.0
p:dit al|bekritiseren|1.0
p:dit alleen|bekritiseren|-0.33
p:dit anders|jij-boodschap|-0.81
p:dit anders|moraliseren|-0.81
p:dit best|ik-boodschap|-0.97
p:dit de|prijzen|0.99
p:dit echt|aanmoediging|-1.0
p:dit een|ik-boodschap|-0.92
p:dit enorm|waarschuwen|0.99
p:dit gaat|geruststellen|-1.74
p:dit gaat|afleiden|-1.87
p:dit gesprek|samenvatting|-1.0
p:dit gesprek|prijzen|-0.98
p:dit gesprek|vervolgafspraak|-1.94
p:dit gesprek|bedanken|-0.99
p:dit jaar|gevoelsreflectie|-0.92
p:dit jaar|moraliseren|-1.0
p:dit jaar|bekritiseren|1.0
p:dit jaar|prijzen|-1.0
p:dit kan|waarschuwen|0.91
p:dit komt|gevoelsreflectie|-0.96
p:dit komt|argumenteren|-0.99
p:dit komt|geruststellen|0.99
p:dit kwartaal|bekritiseren|-0.9
p:dit lossen|geruststellen|0.87
p:dit lossen|afronding-aankondigen|-1.0
p:dit melden|argumenteren|0.94
p:dit nodig|argumenteren|-0.95
p:dit nog|moraliseren|0.91
p:dit ook|moraliseren|-1.0
p:dit ook|bekritiseren|-1.0
p:dit ook|ondervragen|-0.98
p:dit op|waarschuwen|0.92
p:dit plan|prijzen|0.99
p:dit plan|geruststellen|-0.99
p:dit raakt|gevoelsreflectie|0.95
p:dit slaat|adviseren|-1.0
p:dit slaat|geruststellen|-1.0
p:dit soort|bekritiseren|1.46
p:dit steeds|ondervragen|0.93
p:dit u|gevoelsreflectie|0.88
p:dit u|open-vraag|-0.94
p:dit u|aanmoediging|0.88
p:dit vast|jij-boodschap|-1.0
p:dit vast|samenvatting|-1.0
p:dit vast|bevelen|-0.96
p:dit vast|waarschuwen|-1.0
p:dit vast|prijzen|1.0
p:dit vast|etiketteren|-1.0
p:dit vertelt|gevoelsreflectie|0.83
p:dit vertelt|bekritiseren|-0.97
p:dit vertelt|bedanken|0.98
p:dit zo|waarschuwen|-0.93
p:docent en|vervolgafspraak|-0.91
p:docent frans|ik-boodschap|-0.93
p:docent frans|samenvatting|0.86
p:docent frans|vervolgafspraak|0.97
p:docent je|parafrase|0.93
p:docent moet|moraliseren|0.98
p:docent moet|bekritiseren|-0.98
p:docent te|argumenteren|-0.94
p:docent zo|moraliseren|0.86
p:docenten afschuift|gevoelsreflectie|-1.0
p:docenten afschuift|bekritiseren|1.0
p:docenten is|moraliseren|0.85
p:docentenvergadering is|waarschuwen|-0.94
p:dochter doet|bekritiseren|0.81
p:dochter heeft|ik-boodschap|0.74
p:dochter is|bekritiseren|-1.54
p:dochter let|jij-boodschap|0.91
p:dochter op|moraliseren|0.97
p:dochter zit|jij-boodschap|-0.87
p:doe dat|bevelen|-0.65
p:doe dat|waarschuwen|0.99
p:doe dat|interpreteren|-0.99
p:doe je|jij-boodschap|-0.99
p:doe je|moraliseren|1.96
p:doe je|bekritiseren|-2.0
p:doe niet|bevelen|0.11
p:doe niet|waarschuwen|-0.99
p:doe niet|etiketteren|1.76
p:doe toch|moraliseren|-0.93
p:doen ?|open-vraag|-0.92
p:doen ?|afleiden|0.8
p:doen de|ik-boodschap|0.88
p:doen de|gevoelsreflectie|-0.88
p:doen hoe|ik-boodschap|0.98
p:doen hoe|parafrase|-0.9
p:doen hoe|open-vraag|0.98
p:doen in|adviseren|-0.81
p:doen in|prijzen|0.81
p:doen in|etiketteren|-0.93
p:doet ?|bekritiseren|1.26
p:doet alsof|bekritiseren|0.96
p:doet dat|bekritiseren|-2.56
p:doet dat|geruststellen|-0.92
p:doet dit|bekritiseren|-0.33
p:doet echt|bekritiseren|1.6
p:doet elke|afleiden|0.97
p:doet gewoon|bekritiseren|-2.17
p:doet helemaal|bekritiseren|0.81
p:doet hij|ik-boodschap|-1.0
p:doet hij|moraliseren|-0.96
p:doet hij|ondervragen|1.0
p:doet hij|vervolgafspraak|-1.0
p:doet me|ik-boodschap|0.81
p:doet me|open-vraag|-0.97
p:doet moet|waarschuwen|1.0
p:doet moet|adviseren|-1.0
p:doet moet|prijzen|-1.0
p:doet niets|bekritiseren|0.73
p:doet niets|geruststellen|2.41
p:doet ook|bevelen|0.89
p:doet steeds|jij-boodschap|0.97
p:doet steeds|bekritiseren|0.97
p:doet u|jij-boodschap|-0.84
p:doet u|samenvatting|-0.95
p:doet u|open-vraag|0.95
p:doet verder|jij-boodschap|0.43
p:doet vind|ik-boodschap|-1.0
p:doet vind|jij-boodschap|1.0
p:doet vind|bekritiseren|1.0
p:doet volgt|moraliseren|0.91
p:doet ze|jij-boodschap|0.71
p:doet ze|bekritiseren|0.86
p:doet ze|geruststellen|-0.99
p:doet zo|afleiden|-0.73
p:dom en|samenvatting|0.95
p:dom en|bedanken|0.89
p:dom geweest|bekritiseren|1.0
p:donderdag om|samenvatting|-0.95
p:donderdag om|afronding-aankondigen|0.95
p:donderdag om|vervolgafspraak|0.86
p:donderdag om|bedanken|0.55
p:donderdag praten|ik-boodschap|-1.0
p:donderdag praten|geruststellen|-1.0
p:donderdag praten|afronding-aankondigen|1.0
p:donderdag praten|vervolgafspraak|0.82
p:donderdag terug|afronding-aankondigen|-0.93
p:donderdag verder|aanmoediging|-1.0
p:donderdag verder|afronding-aankondigen|-0.98
p:donderdag verdergaan|afronding-aankondigen|0.99
p:donderdag verdergaan|vervolgafspraak|0.99
p:donderdag verdergaan|bedanken|-0.77
p:donderdag zo|samenvatting|-0.93
p:door de|ik-boodschap|0.77
p:door de|parafrase|-0.99
p:door de|gevoelsreflectie|0.99
p:door de|samenvatting|-0.9
p:door de|waarschuwen|1.0
p:door de|etiketteren|0.98
p:door de|geruststellen|-0.93
p:door geraakt|parafrase|-0.91
p:door hoor|gevoelsreflectie|-0.95
p:door ik|gevoelsreflectie|-1.0
p:door ik|aanmoediging|1.0
p:door ik|waarschuwen|-1.0
p:door je|gevoelsreflectie|0.85
p:door school|parafrase|0.91
p:door te|adviseren|0.98
p:door te|interpreteren|-0.93
p:door u|gevoelsreflectie|1.0
p:door u|open-vraag|1.0
p:door u|adviseren|-1.0
p:door verrast|ik-boodschap|0.96
p:door verrast|bevelen|-0.84
p:door zijn|interpreteren|1.0
p:doordat de|geruststellen|-0.6
p:doordat je|interpreteren|0.99
p:doordeweeks gewoon|adviseren|0.9
p:doordeweeks gewoon|argumenteren|-0.99
p:doordeweekse avond|vervolgafspraak|-0.87
p:doordring en|parafrase|-0.91
p:doorgaat bel|waarschuwen|0.94
p:doorgaat haalt|waarschuwen|0.99
p:doorgaat lig|jij-boodschap|0.97
p:doorgaat lig|waarschuwen|0.87
p:doorgaat lig|bekritiseren|1.99
p:doorgaat lig|prijzen|-0.73
p:doorgaat loop|waarschuwen|-0.93
p:doorgaat mist|waarschuwen|-0.87
p:doorgaat wordt|bekritiseren|-0.79
p:doorgeven heb|ik-boodschap|0.92
p:doorgeven heb|waarschuwen|-0.92
p:doorgeven heb|adviseren|-0.92
p:dossier in|moraliseren|-0.94
p:draad kwijt|ik-boodschap|1.0
p:draait er|bevelen|-1.0
p:draait straks|waarschuwen|-0.81
p:drama van|bekritiseren|-1.64
p:dramatisch als|geruststellen|0.89
p:drie dingen|bekritiseren|-0.66
p:drie dingen|vervolgafspraak|-0.97
p:drie jaar|ik-boodschap|-0.94
p:drie jaar|waarschuwen|-0.94
p:drie keer|ik-boodschap|0.91
p:drie keer|waarschuwen|-0.99
p:drie keer|moraliseren|-0.87
p:drie keer|adviseren|-0.91
p:drie keer|argumenteren|-0.88
p:drie keer|bekritiseren|0.26
p:drie keer|etiketteren|-0.89
p:drie onvoldoendes|ik-boodschap|0.99
p:drie onvoldoendes|argumenteren|1.48
p:drie toetsen|aanmoediging|-0.97
p:drie uur|afronding-aankondigen|-0.88
p:drie uur|bedanken|-0.96
p:drie weken|ik-boodschap|0.93
p:drie weken|samenvatting|1.11
p:drie weken|adviseren|0.93
p:drie weken|argumenteren|0.9
p:drie weken|vervolgafspraak|1.88
p:druk dat|bevelen|-0.92
p:druk dit|gevoelsreflectie|-0.96
p:druk hij|geruststellen|1.0
p:druk is|interpreteren|-0.96
p:druk is|geruststellen|-0.89
p:druk je|parafrase|-0.99
p:druk je|bevelen|0.96
p:druk je|moraliseren|-0.99
p:druk je|geruststellen|0.96
p:druk je|afronding-aankondigen|-0.99
p:drukte vandaag|etiketteren|-0.71
p:duidelijk ?|bevelen|0.82
p:duidelijk ?|argumenteren|-0.82
p:duidelijk als|moraliseren|0.9
p:duidelijk dat|gevoelsreflectie|0.96
p:duidelijk door|parafrase|-0.91
p:duidelijk hij|waarschuwen|-0.99
p:duidelijk hij|argumenteren|0.99
p:duidelijk is|moraliseren|-0.93
p:duidelijk na|adviseren|-0.91
p:duidelijk teleurgesteld|gevoelsreflectie|0.76
p:duidelijk teleurgesteld|samenvatting|0.86
p:duidelijk teleurgesteld|vervolgafspraak|0.92
p:duidelijk wie|argumenteren|0.95
p:duidelijk wie|etiketteren|-0.95
p:duidelijker in|ik-boodschap|-0.93
p:duits misgaat|parafrase|0.95
p:duits nog|aanmoediging|-0.97
p:durft het|bekritiseren|-0.9
p:dus af|ik-boodschap|-0.93
p:dus als|gevoelsreflectie|-0.99
p:dus als|waarschuwen|-0.99
p:dus als|adviseren|-0.99
p:dus bevorderen|argumenteren|0.75
p:dus dat|parafrase|1.95
p:dus dat|gevoelsreflectie|-1.0
p:dus even|parafrase|-0.92
p:dus even|samenvatting|0.9
p:dus graag|samenvatting|-0.89
p:dus het|parafrase|1.0
p:dus het|samenvatting|-0.95
p:dus het|open-vraag|1.0
p:dus het|moraliseren|-1.0
p:dus het|bedanken|-1.0
p:dus hij|parafrase|1.0
p:dus hij|open-vraag|-1.0
p:dus ik|ik-boodschap|0.99
p:dus ik|samenvatting|0.93
p:dus ik|bevelen|-0.46
p:dus ik|vervolgafspraak|0.93
p:dus je|parafrase|-0.1
p:dus je|samenvatting|0.95
p:dus je|open-vraag|-0.97
p:dus je|bevelen|-0.84
p:dus je|prijzen|0.99
p:dus je|geruststellen|-0.97
p:dus jij|jij-boodschap|-0.81
p:dus jij|samenvatting|0.86
p:dus jij|open-vraag|0.98
p:dus jij|moraliseren|-0.81
p:dus jij|adviseren|-0.81
p:dus jij|argumenteren|-0.98
p:dus jij|bekritiseren|0.28
p:dus jij|prijzen|0.81
p:dus jij|etiketteren|-0.93
p:dus jullie|bekritiseren|0.97
p:dus om|bekritiseren|-0.98
p:dus samengevat|parafrase|-0.98
p:dus samengevat|aanmoediging|-0.98
p:dus teleurgesteld|gevoelsreflectie|0.98
p:dus tot|parafrase|-0.85
p:dus u|jij-boodschap|0.83
p:dus u|parafrase|0.99
p:dus u|samenvatting|-0.85
p:dus u|waarschuwen|-0.88
p:dus u|moraliseren|-1.0
p:dus u|bekritiseren|-0.17
p:dus u|prijzen|0.97
p:dus u|geruststellen|0.91
p:dus volgens|parafrase|0.91
p:dus volgens|interpreteren|-0.99
p:dus vooral|gevoelsreflectie|-0.87
p:dus we|parafrase|-0.99
p:dus we|samenvatting|0.94
p:dus ze|samenvatting|-0.99
p:dus zijn|ik-boodschap|0.94
p:dus zijn|jij-boodschap|-0.43
p:dus zijn|bekritiseren|-0.94
p:duurt het|moraliseren|0.93
p:dwingen om|bekritiseren|-0.68
p:ech nergens|bekritiseren|1.0
p:echt afronden|bedanken|0.63
p:echt afsluiten|afronding-aankondigen|0.94
p:echt afsluiten|vervolgafspraak|-0.94
p:echt de|jij-boodschap|-0.78
p:echt de|adviseren|-0.81
p:echt de|bekritiseren|-0.9
p:echt de|prijzen|0.81
p:echt dit|argumenteren|-0.99
p:echt dit|geruststellen|0.99
p:echt dom|bekritiseren|1.0
p:echt een|gevoelsreflectie|0.98
p:echt een|etiketteren|0.95
p:echt een|interpreteren|-1.0
p:echt een|geruststellen|-0.84
p:echt een|vervolgafspraak|-0.92
p:echt even|bevelen|0.99
p:echt even|bedanken|-0.99
p:echt fijn|ik-boodschap|0.93
p:echt gedrag|etiketteren|0.94
p:echt geen|jij-boodschap|-0.93
p:echt geen|open-vraag|0.69
p:echt geen|waarschuwen|-0.81
p:echt geen|moraliseren|-0.99
p:echt geschrokken|ik-boodschap|0.93
p:echt geschrokken|gevoelsreflectie|-0.84
p:echt goed|gevoelsreflectie|1.96
p:echt goed|adviseren|-0.87
p:echt goed|geruststellen|0.99
p:echt goed|vervolgafspraak|-0.92
p:echt hard|bekritiseren|-0.9
p:echt helemaal|bekritiseren|-1.27
p:echt het|adviseren|0.92
p:echt je|geruststellen|-0.96
p:echt mooi|ik-boodschap|0.86
p:echt nergens|adviseren|-1.0
p:echt nergens|geruststellen|-1.0
p:echt nergens|afleiden|-0.99
p:echt niemand|jij-boodschap|-0.98
p:echt niet|bekritiseren|0.65
p:echt niet|geruststellen|0.26
p:echt niets|geruststellen|0.98
p:echt niks|geruststellen|-0.95
p:echt niks|afleiden|0.95
p:echt nooit|bekritiseren|0.91
p:echt ongepast|geruststellen|-0.91
p:echt ongerust|geruststellen|-0.78
p:echt pijn|open-vraag|-0.97
p:echt slordig|bekritiseren|0.84
p:echt tof|ik-boodschap|0.97
p:echt van|ik-boodschap|0.19
p:echt van|gevoelsreflectie|0.88
p:echt van|open-vraag|0.23
p:echt van|bekritiseren|-1.1
p:echt van|etiketteren|0.99
p:echt verdiend|parafrase|-0.99
p:echt vervelend|aanmoediging|-1.0
p:echt voor|jij-boodschap|0.89
p:echt voor|bekritiseren|0.89
p:echt waar|etiketteren|-0.98
p:echt waar|interpreteren|-0.78
p:echt wel|jij-boodschap|-0.75
p:echt wel|gevoelsreflectie|-0.97
p:echt wel|adviseren|-0.97
p:echt wel|geruststellen|2.76
p:echt zorgen|ik-boodschap|-1.91
p:echte pestkop|argumenteren|-0.98
p:een 1|argumenteren|0.65
p:een 4|ik-boodschap|0.71
p:een 4|jij-boodschap|-0.95
p:een 4|gevoelsreflectie|0.94
p:een 4|open-vraag|0.92
p:een 4|argumenteren|2.77
p:een 4|bekritiseren|-0.95
p:een 4|geruststellen|-1.79
p:een 4|afleiden|-0.95
p:een 5|jij-boodschap|-0.95
p:een 5|argumenteren|0.29
p:een 5|bekritiseren|-0.95
p:een 6|samenvatting|-0.86
p:een 7|ik-boodschap|0.71
p:een 7|open-vraag|0.92
p:een 7|argumenteren|-0.92
p:een 7|prijzen|0.96
p:een afspraak|samenvatting|0.93
p:een afspraak|vervolgafspraak|0.93
p:een ander|parafrase|0.85
p:een andere|ik-boodschap|-0.96
p:een andere|parafrase|0.91
p:een andere|gevoelsreflectie|-0.99
p:een andere|samenvatting|-0.78
p:een andere|prijzen|-0.91
p:een baby|etiketteren|1.0
p:een baby|afleiden|-0.86
p:een beetje|jij-boodschap|-1.0
p:een beetje|gevoelsreflectie|1.78
p:een beetje|open-vraag|0.97
p:een beetje|aanmoediging|-1.0
p:een beetje|etiketteren|-0.98
p:een beetje|interpreteren|0.91
p:een beetje|geruststellen|0.9
p:een beetje|afronding-aankondigen|-0.94
p:een beetje|vervolgafspraak|-0.97
p:een belachelijke|jij-boodschap|-0.65
p:een belachelijke|argumenteren|-0.96
p:een beloningssysteem|ondervragen|-0.97
p:een betrokken|gevoelsreflectie|-0.84
p:een betrokken|adviseren|-0.97
p:een betrokken|prijzen|-0.97
p:een bijbaantje|waarschuwen|-1.0
p:een blauw|ik-boodschap|0.91
p:een boek|bekritiseren|-0.67
p:een cijfer|geruststellen|0.8
p:een deadline|argumenteren|0.65
p:een detail|bekritiseren|-0.98
p:een detail|geruststellen|-0.76
p:een detail|afleiden|0.98
p:een dipje|geruststellen|0.94
p:een docent|moraliseren|0.86
p:een docent|argumenteren|-0.94
p:een doordeweekse|vervolgafspraak|-0.87
p:een drama|bekritiseren|-1.64
p:een drukte|etiketteren|-0.71
p:een echte|argumenteren|-0.98
p:een enorme|gevoelsreflectie|0.8
p:een extra|samenvatting|0.8
p:een extra|adviseren|-0.81
p:een extra|prijzen|0.81
p:een extra|etiketteren|-0.93
p:een feit|argumenteren|0.99
p:een fijne|bevelen|-0.96
p:een fijne|etiketteren|-0.68
p:een geduldige|adviseren|-0.83
p:een gesprek|jij-boodschap|-1.7
p:een gesprek|parafrase|0.99
p:een gesprek|gevoelsreflectie|0.76
p:een gesprek|adviseren|-0.95
p:een gesprek|bekritiseren|-1.62
p:een gesprek|ondervragen|0.96
p:een gesprek|vervolgafspraak|0.92
p:een geweldige|prijzen|0.97
p:een goed|jij-boodschap|-0.97
p:een goed|interpreteren|-0.93
p:een goede|moraliseren|0.96
p:een goede|adviseren|0.98
p:een groot|geruststellen|-0.93
p:een grote|bekritiseren|0.83
p:een grote|geruststellen|-0.92
p:een half|gevoelsreflectie|0.97
p:een half|adviseren|0.97
p:een heel|waarschuwen|-0.93
p:een hele|open-vraag|-0.62
p:een herkansing|gevoelsreflectie|-0.7
p:een herkansing|samenvatting|1.0
p:een idee|jij-boodschap|-0.96
p:een idee|waarschuwen|-1.0
p:een idee|geruststellen|-0.97
p:een keer|ik-boodschap|-1.86
p:een keer|waarschuwen|0.9
p:een keer|etiketteren|-0.96
p:een kind|moraliseren|1.89
p:een kind|argumenteren|-0.64
p:een klager|etiketteren|0.99
p:een klas|prijzen|0.98
p:een klasgenoot|bekritiseren|0.28
p:een kleuter|jij-boodschap|1.72
p:een kleuter|etiketteren|1.85
p:een kleuterachtig|etiketteren|1.57
p:een laptop|argumenteren|-0.99
p:een lapzwans|prijzen|-0.99
p:een lastig|ik-boodschap|-0.92
p:een lastpak|jij-boodschap|1.0
p:een lastpak|interpreteren|-1.0
p:een leerling|waarschuwen|1.0
p:een leerling|adviseren|-1.0
p:een leerling|argumenteren|0.96
p:een leerling|prijzen|-1.0
p:een luie|jij-boodschap|1.0
p:een luie|etiketteren|1.0
p:een maand|samenvatting|-0.85
p:een maand|afronding-aankondigen|-0.94
p:een maand|vervolgafspraak|0.98
p:een maand|bedanken|-0.48
p:een maandje|geruststellen|0.92
p:een mail|parafrase|-1.0
p:een mail|open-vraag|-1.0
p:een mail|argumenteren|-0.76
p:een mail|afronding-aankondigen|0.93
p:een mooie|etiketteren|-0.91
p:een nieuw|afronding-aankondigen|0.9
p:een nieuw|vervolgafspraak|1.0
p:een nieuwe|samenvatting|-0.99
p:een nieuwe|afleiden|-0.93
p:een nogal|bekritiseren|0.95
p:een officiële|parafrase|-0.91
p:een onbetrouwbare|bekritiseren|-1.86
p:een onbetrouwbare|etiketteren|1.0
p:een onredelijke|bekritiseren|0.74
p:een onvoldoende|argumenteren|-0.49
p:een onvoldoende|etiketteren|-0.96
p:een onvoldoende|afleiden|1.88
p:een onzinverhaal|bekritiseren|3.21
p:een optie|samenvatting|0.97
p:een paar|gevoelsreflectie|-0.93
p:een paar|geruststellen|0.91
p:een pestkop|moraliseren|-0.99
p:een pestkop|bekritiseren|-0.99
p:een probleem|samenvatting|0.92
p:een probleem|moraliseren|-0.96
p:een probleem|prijzen|-0.82
p:een probleem|etiketteren|0.96
p:een probleem|interpreteren|0.8
p:een puinhoop|jij-boodschap|0.99
p:een puinhoop|bekritiseren|1.37
p:een puinhoop|etiketteren|-0.88
p:een punt|vervolgafspraak|-0.92
p:een rapportcijfer|moraliseren|-0.92
p:een redelijk|afleiden|-0.99
p:een rij|open-vraag|-0.97
p:een rijtje|samenvatting|1.0
p:een rijtje|open-vraag|0.75
p:een rijtje|waarschuwen|-0.96
p:een rijtje|adviseren|-0.83
p:een rijtje|bekritiseren|-0.87
p:een rotmoment|gevoelsreflectie|0.98
p:een schorsing|waarschuwen|0.99
p:een schorsing|moraliseren|0.91
p:een schriftje|adviseren|0.83
p:een schrik|gevoelsreflectie|0.71
p:een situatie|gevoelsreflectie|-0.99
p:een slechte|jij-boodschap|-0.98
p:een slechte|bekritiseren|0.99
p:een slechte|etiketteren|-0.99
p:een slechte|geruststellen|2.33
p:een slimme|jij-boodschap|-0.81
p:een slimme|moraliseren|-0.81
p:een slimme|prijzen|0.92
p:een slordig|etiketteren|-0.94
p:een slordige|bekritiseren|-1.33
p:een sterke|jij-boodschap|-1.0
p:een sterke|samenvatting|-1.0
p:een sterke|waarschuwen|-1.0
p:een sterke|prijzen|1.0
p:een sterke|etiketteren|-1.0
p:een strafwerk|waarschuwen|-0.88
p:een streep|vervolgafspraak|-0.96
p:een stuk|adviseren|-0.99
p:een stuk|etiketteren|0.95
p:een stuk|geruststellen|0.16
p:een te|argumenteren|0.65
p:een toets|argumenteren|0.95
p:een toets|etiketteren|-0.95
p:een toets|geruststellen|0.98
p:een toets|afleiden|-0.98
p:een uitdaging|etiketteren|-1.0
p:een uitdaging|ondervragen|-1.0
p:een update|ik-boodschap|-0.89
p:een uur|bevelen|-0.89
p:een vader|prijzen|0.99
p:een vader|geruststellen|-0.99
p:een vast|adviseren|1.0
p:een vast|prijzen|-0.87
p:een vast|interpreteren|-0.99
p:een vast|bedanken|-0.95
p:een vaste|ik-boodschap|0.93
p:een vaste|adviseren|0.93
p:een vaste|prijzen|-0.98
p:een vaste|geruststellen|-0.97
p:een verstandig|argumenteren|-0.95
p:een verwend|etiketteren|0.99
p:een vijf|moraliseren|-0.92
p:een vijf|argumenteren|0.92
p:een voorbeeld|gevoelsreflectie|-0.94
p:een vriendje|ondervragen|0.81
p:een waardeloos|bekritiseren|0.95
p:een weekplanning|moraliseren|-0.98
p:een weer|bekritiseren|-0.64
p:een wekker|adviseren|0.81
p:een wijsneus|jij-boodschap|2.45
p:een wijsneus|etiketteren|2.33
p:een wijze|prijzen|0.96
p:een zeurpiet|etiketteren|0.87
p:een zie|samenvatting|-0.95
p:een zie|afronding-aankondigen|0.95
p:een zie|vervolgafspraak|0.86
p:een zie|bedanken|0.55
p:een zooi|bekritiseren|0.99
p:een zooi|etiketteren|-0.99
p:eenmaal bij|moraliseren|-0.86
p:eenmaal bij|interpreteren|-0.97
p:eenmaal bij|afleiden|1.14
p:eenmaal een|argumenteren|0.91
p:eenmaal een|geruststellen|-0.9
p:eenmaal een|afleiden|-0.91
p:eenmaal met|argumenteren|-0.99
p:eenmaal met|afleiden|0.99
p:eenmaal onvoldoende|moraliseren|-0.92
p:eenmaal onvoldoende|argumenteren|0.92
p:eenmaal plichten|moraliseren|0.93
p:eenmaal plichten|argumenteren|-1.53
p:eenmaal regels|bevelen|-0.88
p:eenmaal regels|moraliseren|0.99
p:eenmaal regels|afleiden|-0.99
p:eens buiten|ik-boodschap|0.93
p:eens doet|moraliseren|0.91
p:eens een|ondervragen|-0.97
p:eens een|afleiden|0.96
p:eens en|bevelen|-0.65
p:eens en|waarschuwen|0.99
p:eens en|interpreteren|-0.99
p:eens het|afleiden|-0.77
p:eens hoe|vervolgafspraak|-0.87
p:eens hulp|adviseren|0.86
p:eens komt|jij-boodschap|0.94
p:eens komt|bekritiseren|1.78
p:eens met|ik-boodschap|0.1
p:eens met|gevoelsreflectie|0.85
p:eens met|adviseren|1.0
p:eens om|moraliseren|-0.98
p:eens op|afleiden|-0.93
p:eens over|afleiden|0.75
p:eens proberen|prijzen|-0.98
p:eens proberen|vervolgafspraak|-0.98
p:eens vragen|adviseren|0.81
p:eens wat|gevoelsreflectie|-1.0
p:eens wat|samenvatting|-1.0
p:eens wat|open-vraag|1.0
p:eens weg|waarschuwen|-0.99
p:eentje bij|open-vraag|-0.97
p:eerder aan|ondervragen|0.95
p:eerder dat|interpreteren|0.96
p:eerder had|bekritiseren|0.72
p:eerder moeten|bekritiseren|-2.03
p:eerder naar|adviseren|-0.99
p:eerder naar|bekritiseren|0.87
p:eerlijk bent|ik-boodschap|-0.97
p:eerlijk bent|gevoelsreflectie|-0.97
p:eerlijk bent|afronding-aankondigen|-0.99
p:eerlijk duurt|moraliseren|0.93
p:eerlijk gezegd|ik-boodschap|-1.0
p:eerlijk gezegd|interpreteren|-1.0
p:eerlijk gezegd|geruststellen|-1.0
p:eerlijk gezegd|vervolgafspraak|-1.0
p:eerlijk hoort|geruststellen|-0.89
p:eerlijk tegenover|argumenteren|0.96
p:eerlijk zijn|open-vraag|0.96
p:eerlijk zijn|bekritiseren|0.96
p:eerlijkheid tess|bedanken|0.93
p:eerst even|bevelen|1.0
p:eerst iets|bevelen|-0.99
p:eerst met|parafrase|1.0
p:eerst met|samenvatting|-1.0
p:eerst met|prijzen|-1.0
p:eerst zitten|bevelen|0.97
p:eerste aanpakken|ik-boodschap|-0.95
p:eerste aanpakken|parafrase|-1.8
p:eerste aanpakken|samenvatting|0.95
p:eerste die|prijzen|-0.98
p:eerste en|geruststellen|0.93
p:eerste uitleg|parafrase|-0.86
p:eerste uren|ik-boodschap|0.97
p:eerste uren|adviseren|-0.97
p:eerste uur|gevoelsreflectie|-0.79
p:eerste uur|vervolgafspraak|0.95
p:eet weinig|aanmoediging|-0.76
p:eigen schooltijd|geruststellen|-0.87
p:eigen schooltijd|afleiden|-0.93
p:eigen woorden|samenvatting|0.8
p:eigenlijk ?|open-vraag|-1.71
p:eigenlijk ?|bekritiseren|-0.97
p:eigenlijk ?|afleiden|1.96
p:eigenlijk bang|vervolgafspraak|-1.0
p:eigenlijk dat|gevoelsreflectie|-0.96
p:eigenlijk dat|interpreteren|-0.96
p:eigenlijk dat|bedanken|-0.75
p:eigenlijk doen|open-vraag|-0.92
p:eigenlijk doen|afleiden|0.8
p:eigenlijk een|parafrase|0.85
p:eigenlijk geen|afleiden|-0.99
p:eigenlijk helemaal|geruststellen|-0.87
p:eigenlijk helemaal|afleiden|-0.93
p:eigenlijk met|ik-boodschap|-0.91
p:eigenlijk om|interpreteren|1.0
p:eigenlijk onzeker|afleiden|-0.73
p:eigenlijk schaamt|interpreteren|0.96
p:eigenlijk schuldig|bekritiseren|-0.98
p:eigenlijk van|afleiden|0.95
p:eigenlijk vindt|interpreteren|0.95
p:eigenlijk wat|bekritiseren|1.26
p:eigenlijk wel|moraliseren|-1.0
p:eigenlijk wel|bekritiseren|1.0
p:eigenlijk wel|prijzen|-1.0
p:eigenlijk wil|interpreteren|0.99
p:eind van|waarschuwen|0.94
p:eind van|bedanken|-0.99
p:einde van|argumenteren|-0.49
p:einde van|afleiden|0.92
p:eindelijk ook|jij-boodschap|0.94
p:eindelijk ook|bekritiseren|1.78
p:elf fouten|argumenteren|0.95
p:elkaar dinsdag|parafrase|-0.99
p:elkaar nog|waarschuwen|-1.0
p:elkaar weer|afronding-aankondigen|-0.94
p:elke avond|adviseren|1.0
p:elke avond|bekritiseren|0.83
p:elke avond|interpreteren|-0.93
p:elke dag|gevoelsreflectie|0.97
p:elke dag|bevelen|0.89
p:elke dag|moraliseren|-0.98
p:elke dag|bekritiseren|-0.82
p:elke dag|ondervragen|0.95
p:elke dinsdag|samenvatting|0.86
p:elke klas|geruststellen|-0.93
p:elke klas|afleiden|0.93
p:elke les|bekritiseren|0.94
p:elke les|etiketteren|-0.88
p:elke ochtend|ik-boodschap|0.93
p:elke puber|geruststellen|0.77
p:elke week|ik-boodschap|-0.89
p:en als|jij-boodschap|0.97
p:en als|waarschuwen|0.87
p:en als|argumenteren|0.65
p:en als|bekritiseren|1.99
p:en als|prijzen|-0.73
p:en bel|afronding-aankondigen|-0.97
p:en bel|vervolgafspraak|0.96
p:en ben|parafrase|0.93
p:en daar|samenvatting|-0.96
p:en daar|vervolgafspraak|-0.97
p:en daarom|interpreteren|0.92
p:en dan|ik-boodschap|1.99
p:en dan|jij-boodschap|-0.29
p:en dan|adviseren|1.0
p:en dan|bekritiseren|0.86
p:en dan|prijzen|-0.84
p:en dan|geruststellen|-0.99
p:en dat|ik-boodschap|2.97
p:en dat|parafrase|-0.91
p:en dat|gevoelsreflectie|-0.96
p:en dat|open-vraag|0.66
p:en dat|adviseren|-0.93
p:en dat|argumenteren|-1.67
p:en dat|vervolgafspraak|-1.02
p:en dat|bedanken|-0.48
p:en de|ik-boodschap|-0.99
p:en de|jij-boodschap|-0.94
p:en de|samenvatting|0.97
p:en de|waarschuwen|-0.96
p:en de|bekritiseren|-1.53
p:en de|vervolgafspraak|-0.97
p:en doet|jij-boodschap|0.43
p:en donderdag|samenvatting|-0.93
p:en donderdag|afronding-aankondigen|0.99
p:en donderdag|vervolgafspraak|0.99
p:en donderdag|bedanken|-0.77
p:en een|jij-boodschap|-0.95
p:en een|argumenteren|0.95
p:en een|bekritiseren|-0.95
p:en er|argumenteren|-0.76
p:en extra|bekritiseren|-0.98
p:en fay|open-vraag|0.97
p:en ga|bevelen|2.99
p:en gaat|waarschuwen|0.92
p:en haar|ik-boodschap|-0.62
p:en haar|samenvatting|-0.75
p:en haar|open-vraag|0.75
p:en haar|afleiden|-1.0
p:en haar|vervolgafspraak|-0.97
p:en heeft|vervolgafspraak|-1.0
p:en het|parafrase|-0.92
p:en het|samenvatting|1.9
p:en het|argumenteren|-0.96
p:en het|vervolgafspraak|-0.91
p:en hij|aanmoediging|-0.76
p:en hij|argumenteren|0.95
p:en hoe|ik-boodschap|-0.62
p:en hoe|samenvatting|-0.75
p:en hoe|ondervragen|-0.77
p:en hoe|afleiden|-1.87
p:en iedereen|jij-boodschap|0.95
p:en iedereen|samenvatting|-0.95
p:en iedereen|bekritiseren|0.95
p:en ik|ik-boodschap|3.01
p:en ik|jij-boodschap|-0.94
p:en ik|gevoelsreflectie|-2.69
p:en ik|waarschuwen|0.83
p:en ik|afronding-aankondigen|1.86
p:en ik|bedanken|0.95
p:en je|ik-boodschap|-0.95
p:en je|jij-boodschap|-1.86
p:en je|parafrase|-1.94
p:en je|gevoelsreflectie|-0.92
p:en je|samenvatting|1.02
p:en je|bevelen|-0.77
p:en je|waarschuwen|1.93
p:en je|moraliseren|-0.99
p:en je|bekritiseren|-1.83
p:en je|interpreteren|-0.99
p:en je|afronding-aankondigen|-0.99
p:en kun|ik-boodschap|0.97
p:en kun|adviseren|-0.97
p:en luisteren|geruststellen|-0.96
p:en maakt|gevoelsreflectie|0.88
p:en met|bedanken|-0.95
p:en om|ik-boodschap|-0.81
p:en om|samenvatting|0.93
p:en om|open-vraag|-0.7
p:en om|adviseren|-0.83
p:en ook|geruststellen|0.93
p:en op|samenvatting|0.99
p:en op|vervolgafspraak|-0.99
p:en over|ik-boodschap|-1.0
p:en over|parafrase|-1.0
p:en over|samenvatting|1.05
p:en over|open-vraag|-1.0
p:en over|aanmoediging|-0.86
p:en over|bevelen|-1.0
p:en over|interpreteren|-1.0
p:en over|afleiden|-0.94
p:en over|vervolgafspraak|1.95
p:en thuis|samenvatting|0.95
p:en thuis|bekritiseren|-0.96
p:en thuis|bedanken|0.89
p:en toen|jij-boodschap|0.97
p:en toen|samenvatting|-0.97
p:en toen|open-vraag|-0.98
p:en toen|aanmoediging|0.89
p:en toen|ondervragen|-0.97
p:en tot|waarschuwen|-0.92
p:en u|ik-boodschap|-1.0
p:en u|jij-boodschap|1.0
p:en u|parafrase|-1.71
p:en u|samenvatting|2.76
p:en u|bekritiseren|2.82
p:en u|vervolgafspraak|2.8
p:en verder|aanmoediging|0.72
p:en voor|argumenteren|-0.92
p:en waar|adviseren|-0.99
p:en waarom|bekritiseren|0.97
p:en waarom|afleiden|-0.96
p:en was|ik-boodschap|-0.84
p:en wat|gevoelsreflectie|-0.88
p:en wat|open-vraag|-0.97
p:en wat|aanmoediging|1.0
p:en wat|etiketteren|-1.0
p:en wekelijks|parafrase|-0.98
p:en wekelijks|aanmoediging|-0.98
p:en weten|bevelen|-0.73
p:en weten|waarschuwen|-0.94
p:en wie|bekritiseren|-0.82
p:en wie|ondervragen|0.99
p:engels belt|vervolgafspraak|0.89
p:engels een|argumenteren|-0.92
p:engels wat|samenvatting|0.93
p:enkel bericht|jij-boodschap|0.92
p:enkel bericht|bekritiseren|1.28
p:enkel respect|moraliseren|-0.9
p:enkel respect|bekritiseren|0.9
p:enkel verslag|bekritiseren|-0.96
p:enkele huiswerkopdracht|ik-boodschap|1.0
p:enkele huiswerkopdracht|jij-boodschap|-1.0
p:enkele huiswerkopdracht|bekritiseren|-1.0
p:enkele moeite|bekritiseren|1.06
p:enkele opdracht|ik-boodschap|0.94
p:enkele opdracht|jij-boodschap|-0.43
p:enkele opdracht|bekritiseren|-0.94
p:enorm als|waarschuwen|0.99
p:enorme schrik|gevoelsreflectie|0.8
p:er allebei|ik-boodschap|0.93
p:er allebei|vervolgafspraak|-0.84
p:er altijd|jij-boodschap|0.99
p:er altijd|bekritiseren|-1.21
p:er bent|gevoelsreflectie|-0.8
p:er de|ik-boodschap|-0.88
p:er deze|bekritiseren|0.7
p:er door|gevoelsreflectie|1.84
p:er door|open-vraag|1.0
p:er door|adviseren|-1.0
p:er drie|ik-boodschap|0.99
p:er duidelijk|parafrase|-0.91
p:er echt|ik-boodschap|-0.71
p:er echt|jij-boodschap|-0.75
p:er echt|gevoelsreflectie|0.88
p:er echt|open-vraag|0.23
p:er echt|geruststellen|1.08
p:er een|ik-boodschap|1.0
p:er een|jij-boodschap|-1.0
p:er een|gevoelsreflectie|0.14
p:er een|moraliseren|0.91
p:er een|bekritiseren|0.99
p:er een|etiketteren|-0.99
p:er een|interpreteren|0.8
p:er een|afronding-aankondigen|-0.94
p:er eerlijk|ik-boodschap|-1.0
p:er eerlijk|bekritiseren|-0.91
p:er eerlijk|interpreteren|-1.0
p:er eerlijk|geruststellen|-1.0
p:er eerlijk|vervolgafspraak|-1.0
p:er elke|bekritiseren|0.94
p:er elke|etiketteren|-0.88
p:er emotioneel|bedanken|-0.66
p:er gebeurt|ik-boodschap|-0.9
p:er gebeurt|samenvatting|-0.95
p:er gebeurt|waarschuwen|0.96
p:er gebeurt|moraliseren|-0.95
p:er geen|ik-boodschap|-0.87
p:er geen|parafrase|0.99
p:er geen|argumenteren|-0.99
p:er gewoon|jij-boodschap|1.72
p:er gewoon|bekritiseren|0.92
p:er gewoon|interpreteren|-1.81
p:er gewoon|ondervragen|-0.96
p:er goed|jij-boodschap|-0.91
p:er helemaal|jij-boodschap|0.96
p:er helemaal|open-vraag|-0.96
p:er helemaal|bekritiseren|0.96
p:er iets|open-vraag|-1.0
p:er iets|bekritiseren|-1.0
p:er iets|vervolgafspraak|1.0
p:er in|ik-boodschap|0.93
p:er in|gevoelsreflectie|-0.84
p:er in|geruststellen|-0.93
p:er in|afleiden|0.93
p:er is|geruststellen|0.98
p:er komt|argumenteren|-0.76
p:er leerlingen|ik-boodschap|-0.5
p:er leerlingen|open-vraag|-0.98
p:er met|bekritiseren|0.83
p:er moe|vervolgafspraak|-0.84
p:er niet|argumenteren|0.75
p:er niets|jij-boodschap|0.71
p:er niets|waarschuwen|0.99
p:er niets|bekritiseren|0.86
p:er niets|geruststellen|-0.99
p:er nog|ik-boodschap|-1.0
p:er nog|jij-boodschap|1.0
p:er nog|bekritiseren|1.0
p:er nooit|jij-boodschap|-0.81
p:er nooit|bekritiseren|-0.73
p:er nooit|ondervragen|0.96
p:er nou|afleiden|-0.57
p:er nu|vervolgafspraak|-0.96
p:er ook|jij-boodschap|-0.8
p:er ook|bekritiseren|-0.8
p:er ook|prijzen|0.85
p:er ook|geruststellen|-0.79
p:er ook|vervolgafspraak|0.92
p:er oprecht|ik-boodschap|0.71
p:er oprecht|open-vraag|0.92
p:er precies|gevoelsreflectie|0.99
p:er steeds|ik-boodschap|0.96
p:er steeds|bevelen|-1.84
p:er straks|ik-boodschap|0.97
p:er thuis|gevoelsreflectie|-0.91
p:er thuis|open-vraag|0.69
p:er thuis|bekritiseren|0.58
p:er toen|parafrase|1.0
p:er toen|open-vraag|1.0
p:er toen|moraliseren|-1.0
p:er toen|bedanken|-1.0
p:er twee|jij-boodschap|-0.94
p:er vandaag|ik-boodschap|-0.93
p:er verdrietig|parafrase|-1.0
p:er verdrietig|gevoelsreflectie|1.0
p:er verdrietig|samenvatting|-1.0
p:er verdrietig|open-vraag|-1.0
p:er volgens|parafrase|-0.93
p:er volgens|gevoelsreflectie|-0.96
p:er voor|samenvatting|-0.95
p:er voor|afronding-aankondigen|0.95
p:er voor|vervolgafspraak|0.86
p:er voor|bedanken|0.55
p:er vooral|parafrase|0.91
p:er wakker|jij-boodschap|-0.75
p:er wakker|geruststellen|1.0
p:er waren|bekritiseren|-0.61
p:er was|bekritiseren|-0.92
p:er was|prijzen|-0.83
p:er was|interpreteren|-1.0
p:er was|bedanken|0.92
p:er wel|afleiden|-0.99
p:er zelf|jij-boodschap|0.81
p:er zelf|gevoelsreflectie|-1.0
p:er zelf|bekritiseren|-0.99
p:eraan dat|gevoelsreflectie|-1.0
p:eraan dat|bekritiseren|1.0
p:erbij ?|samenvatting|-0.99
p:erbij ik|parafrase|0.99
p:erbij ik|samenvatting|-0.85
p:erg brutaal|bekritiseren|-2.12
p:erg dat|etiketteren|-0.96
p:erg gespannen|parafrase|-0.91
p:erg hoor|geruststellen|0.72
p:erg hoor|afleiden|-0.81
p:erg laks|bekritiseren|0.35
p:erger me|gevoelsreflectie|-1.0
p:erger me|bekritiseren|1.0
p:erom hij|bekritiseren|-0.97
p:erop dat|geruststellen|-0.99
p:erop neer|bekritiseren|0.98
p:eruit ?|vervolgafspraak|-0.87
p:eruit gekomen|samenvatting|0.93
p:eruit gekomen|vervolgafspraak|0.93
p:ervan dat|argumenteren|-0.99
p:ervan dat|geruststellen|0.99
p:ervan maar|gevoelsreflectie|0.94
p:ervan maar|afleiden|0.87
p:ervaren ?|ondervragen|-0.99
p:ervaring als|prijzen|1.7
p:ervoor dat|open-vraag|-1.0
p:ervoor dat|bevelen|1.84
p:ervoor dat|moraliseren|-0.98
p:eva haar|ik-boodschap|0.96
p:eva in|ik-boodschap|-0.98
p:evalueren hoe|samenvatting|-0.79
p:evalueren we|bedanken|-0.48
p:even bellen|vervolgafspraak|0.98
p:even bij|afleiden|-0.97
p:even bij|bedanken|-1.0
p:even binnen|prijzen|-0.96
p:even buiten|waarschuwen|-0.99
p:even checken|samenvatting|-0.88
p:even de|gevoelsreflectie|0.88
p:even de|open-vraag|-0.94
p:even de|aanmoediging|0.88
p:even hier|jij-boodschap|-0.97
p:even kalm|bevelen|0.99
p:even kalm|bedanken|-0.99
p:even kijken|vervolgafspraak|-1.72
p:even koffie|afleiden|0.95
p:even laten|ik-boodschap|-0.92
p:even laten|interpreteren|-0.91
p:even met|samenvatting|-0.99
p:even mijn|bevelen|1.0
p:even mijn|bekritiseren|0.73
p:even nadenken|aanmoediging|0.97
p:even niet|bevelen|-0.8
p:even niet|argumenteren|-0.99
p:even niet|prijzen|0.99
p:even niet|afleiden|0.99
p:even op|open-vraag|-0.22
p:even op|adviseren|0.83
p:even op|bekritiseren|-0.87
p:even over|jij-boodschap|-0.96
p:even samen|aanmoediging|-0.76
p:even samengevat|samenvatting|1.0
p:even samenvat|ik-boodschap|-0.81
p:even samenvat|parafrase|-0.86
p:even samenvat|samenvatting|1.87
p:even samenvatten|samenvatting|1.0
p:even samenvatten|afronding-aankondigen|-0.9
p:even samenvatten|bedanken|0.95
p:even samenvattend|argumenteren|-0.96
p:even terug|parafrase|-0.92
p:even terug|samenvatting|0.9
p:even uitpraten|bekritiseren|-0.62
p:even wachten|adviseren|-0.83
p:examen niet|open-vraag|-0.95
p:examen niet|argumenteren|1.0
p:examen niet|afleiden|-1.0
p:examenreglement is|argumenteren|0.95
p:examenreglement is|etiketteren|-0.95
p:examens gewoon|bevelen|-0.95
p:examens gewoon|geruststellen|0.95
p:excursie naar|interpreteren|-0.91
p:excursieformulier nog|ik-boodschap|0.99
p:excuses aan|jij-boodschap|-0.97
p:excuses aan|bevelen|-0.16
p:excuses aan|waarschuwen|-0.99
p:excuses aan|afleiden|-1.0
p:excuses aanbieden|bevelen|0.99
p:expres deed|geruststellen|-0.77
p:extra hulp|bekritiseren|-0.98
p:extra kans|samenvatting|0.8
p:extra opdracht|adviseren|-0.81
p:extra opdracht|prijzen|0.81
p:extra opdracht|etiketteren|-0.93
p:extra uitdaging|interpreteren|0.99
p:faalangst bij|interpreteren|0.96
p:faalangst hebt|interpreteren|0.99
p:fatsoenlijk over|afleiden|-0.57
p:fay zit|open-vraag|0.97
p:feit is|argumenteren|1.72
p:feit je|argumenteren|0.99
p:feiten zijn|waarschuwen|-0.99
p:feiten zijn|argumenteren|0.99
p:fenna is|bekritiseren|-1.33
p:fiets komen|ondervragen|-0.98
p:fijn bedankt|bekritiseren|0.93
p:fijn bedankt|bedanken|-1.59
p:fijn dat|jij-boodschap|0.94
p:fijn dat|gevoelsreflectie|-0.8
p:fijn dat|bekritiseren|-0.92
p:fijn dat|prijzen|0.98
p:fijn dat|bedanken|0.85
p:fijn om|ik-boodschap|0.93
p:fijn om|etiketteren|-0.61
p:fijne moeder|etiketteren|-0.68
p:fijne ouder|bevelen|-0.96
p:finn kan|prijzen|0.96
p:finn zijn|open-vraag|-0.88
p:fleur heeft|samenvatting|0.95
p:fleur heeft|bedanken|0.89
p:flink is|adviseren|-0.93
p:fout gedaan|jij-boodschap|-1.84
p:fout gedaan|bekritiseren|-1.84
p:frans de|vervolgafspraak|-0.91
p:frans en|open-vraag|-0.7
p:frans en|vervolgafspraak|0.97
p:frans over|samenvatting|0.86
p:frans praat|ik-boodschap|-0.93
p:frustreert me|gevoelsreflectie|-0.96
p:frustrerend als|bekritiseren|-0.99
p:frustrerend is|gevoelsreflectie|0.63
p:ga door|gevoelsreflectie|-1.0
p:ga door|aanmoediging|1.0
p:ga door|waarschuwen|-1.0
p:ga er|vervolgafspraak|-0.96
p:ga het|ik-boodschap|-1.0
p:ga het|bevelen|-0.46
p:ga het|geruststellen|-1.0
p:ga het|vervolgafspraak|0.82
p:ga het|bedanken|-0.95
p:ga ik|ik-boodschap|-0.91
p:ga ik|bevelen|-0.8
p:ga ik|argumenteren|-0.99
p:ga ik|ondervragen|-0.96
p:ga ik|afleiden|0.99
p:ga je|open-vraag|-0.92
p:ga je|bevelen|-0.94
p:ga je|moraliseren|-0.97
p:ga je|argumenteren|-0.95
p:ga je|bekritiseren|0.63
p:ga je|afleiden|0.8
p:ga maar|aanmoediging|0.99
p:ga nu|bevelen|0.89
p:ga straks|vervolgafspraak|-1.72
p:ga verder|etiketteren|-0.94
p:ga zitten|aanmoediging|-0.99
p:ga zitten|bevelen|1.57
p:ga zitten|waarschuwen|0.99
p:gaan afronden|bevelen|-1.0
p:gaan afronden|afronding-aankondigen|1.0
p:gaan afronden|vervolgafspraak|-0.96
p:gaan en|gevoelsreflectie|0.88
p:gaan maar|jij-boodschap|0.97
p:gaan mis|geruststellen|-0.93
p:gaan praten|adviseren|0.97
p:gaat ?|samenvatting|-0.85
p:gaat ?|adviseren|0.96
p:gaat ?|vervolgafspraak|1.89
p:gaat bedankt|bedanken|0.95
p:gaat beter|argumenteren|-0.99
p:gaat dat|ik-boodschap|0.98
p:gaat dat|parafrase|-0.9
p:gaat dat|open-vraag|0.98
p:gaat dat|bevelen|-0.92
p:gaat dat|argumenteren|-0.99
p:gaat dat|afleiden|0.99
p:gaat die|bevelen|-0.95
p:gaat die|geruststellen|0.95
p:gaat echt|geruststellen|1.88
p:gaat eigenlijk|geruststellen|-0.87
p:gaat eigenlijk|afleiden|-0.93
p:gaat elke|samenvatting|0.86
p:gaat en|ik-boodschap|1.0
p:gaat er|gevoelsreflectie|1.84
p:gaat er|open-vraag|1.0
p:gaat er|adviseren|-1.0
p:gaat eruit|bevelen|-0.95
p:gaat halen|open-vraag|-0.95
p:gaat het|ik-boodschap|-0.81
p:gaat het|parafrase|-0.85
p:gaat het|gevoelsreflectie|0.71
p:gaat het|open-vraag|0.97
p:gaat het|aanmoediging|-1.0
p:gaat het|adviseren|-0.99
p:gaat het|bekritiseren|-1.55
p:gaat het|geruststellen|1.89
p:gaat het|afleiden|0.76
p:gaat hier|prijzen|0.97
p:gaat je|bevelen|0.99
p:gaat mee|bevelen|-0.65
p:gaat mee|waarschuwen|0.99
p:gaat mee|interpreteren|-0.99
p:gaat morgen|jij-boodschap|-0.97
p:gaat morgen|bevelen|0.84
p:gaat niet|geruststellen|-0.99
p:gaat nu|bevelen|0.97
p:gaat om|open-vraag|-0.7
p:gaat om|adviseren|-0.83
p:gaat om|vervolgafspraak|-0.91
p:gaat over|open-vraag|0.75
p:gaat over|geruststellen|-0.87
p:gaat over|afleiden|-0.93
p:gaat over|vervolgafspraak|-0.97
p:gaat slapen|open-vraag|-0.98
p:gaat slapen|afleiden|-0.98
p:gaat slapen|vervolgafspraak|-0.98
p:gaat u|ik-boodschap|-1.9
p:gaat u|parafrase|0.91
p:gaat u|gevoelsreflectie|-0.95
p:gaat u|bekritiseren|-0.33
p:gaat u|afleiden|0.87
p:gaat vanaf|bevelen|-0.96
p:gaat vanaf|waarschuwen|-0.96
p:gaat vanmiddag|bevelen|1.61
p:gaat vanzelf|etiketteren|-0.98
p:gaat vanzelf|interpreteren|0.13
p:gaat vanzelf|geruststellen|0.9
p:gaat vanzelf|afleiden|-0.73
p:gaat vast|etiketteren|-0.68
p:gaat vast|geruststellen|-0.99
p:gaat vooral|bekritiseren|-0.9
p:gaat werken|waarschuwen|1.0
p:gaat werken|ondervragen|-1.0
p:gaat ze|ondervragen|0.81
p:gaat zitten|ik-boodschap|0.88
p:gaat zitten|gevoelsreflectie|-0.88
p:gaat zo|vervolgafspraak|-0.96
p:gaf aan|jij-boodschap|-0.71
p:gaf aan|open-vraag|0.97
p:gaf aan|bekritiseren|-1.79
p:gaf aan|etiketteren|-0.95
p:gamen ?|jij-boodschap|0.83
p:gamen ?|open-vraag|-0.99
p:gamen ?|bekritiseren|0.83
p:gamen ?|ondervragen|0.86
p:gamen doordeweeks|prijzen|-0.96
p:gamen in|interpreteren|-0.99
p:gamen terwijl|moraliseren|0.95
p:gamen terwijl|bekritiseren|0.95
p:gamet ?|bekritiseren|0.97
p:gamet als|adviseren|1.0
p:gamet als|bekritiseren|0.85
p:gamet als|etiketteren|-1.0
p:gang gaan|bevelen|-0.91
p:gang gaan|bekritiseren|-0.44
p:gang legt|adviseren|0.98
p:gang tegen|open-vraag|-0.98
p:gangpad staat|ik-boodschap|-0.5
p:gapen misschien|ik-boodschap|0.93
p:gaten hij|samenvatting|0.96
p:gaten hij|vervolgafspraak|0.96
p:gebeld ?|bekritiseren|0.97
p:gebeld hadden|bekritiseren|0.72
p:gebeld over|interpreteren|-0.99
p:gebeld worden|gevoelsreflectie|-0.73
p:gebeurd ?|gevoelsreflectie|0.99
p:gebeurd ?|open-vraag|0.69
p:gebeurd hoe|ik-boodschap|0.93
p:gebeurd hoe|gevoelsreflectie|-0.84
p:gebeuren hoor|geruststellen|0.91
p:gebeurt ?|gevoelsreflectie|-0.94
p:gebeurt als|ik-boodschap|-0.9
p:gebeurt als|samenvatting|-0.95
p:gebeurt als|waarschuwen|0.96
p:gebeurt als|moraliseren|-0.95
p:gebeurt ga|argumenteren|-0.95
p:gebeurt ga|bekritiseren|0.63
p:gebeurt iedereen|geruststellen|0.72
p:gebeurt iedereen|afleiden|-0.81
p:gebeurt vooral|parafrase|-0.92
p:gebeurt vooral|samenvatting|0.9
p:gebouw al|argumenteren|-0.91
p:gebouw al|afleiden|0.98
p:gebruiken ?|open-vraag|-1.63
p:gecontroleerd ?|ondervragen|0.95
p:gedaan met|parafrase|-0.99
p:gedaan noor|bevelen|-1.0
p:gedaan noor|afleiden|-1.0
p:gedaan om|jij-boodschap|-0.91
p:gedoe in|parafrase|0.91
p:gedoe in|geruststellen|-0.95
p:gedoe in|afleiden|0.95
p:gedoe komt|open-vraag|-0.92
p:gedoe komt|afleiden|0.8
p:gedraagt tegenover|jij-boodschap|0.98
p:gedraagt tegenover|bekritiseren|0.98
p:gedrag in|argumenteren|-0.96
p:gedrag van|etiketteren|0.94
p:gedrag van|interpreteren|0.99
p:geduldige moeder|adviseren|-0.83
p:geeft aan|parafrase|0.98
p:geeft hem|bevelen|-0.91
p:geeft hem|bekritiseren|0.55
p:geen antwoord|argumenteren|-0.76
p:geen boeken|adviseren|-0.96
p:geen cijfer|aanmoediging|-0.97
p:geen cijfer|bekritiseren|-0.96
p:geen enkel|jij-boodschap|0.92
p:geen enkel|moraliseren|-0.9
p:geen enkel|bekritiseren|1.22
p:geen enkele|ik-boodschap|1.94
p:geen enkele|jij-boodschap|-1.43
p:geen enkele|bekritiseren|-0.88
p:geen handige|bekritiseren|0.59
p:geen herkansing|gevoelsreflectie|0.76
p:geen herkansing|samenvatting|0.86
p:geen herkansing|argumenteren|0.95
p:geen herkansing|etiketteren|-0.95
p:geen herkansing|vervolgafspraak|0.92
p:geen idee|prijzen|-0.98
p:geen manier|jij-boodschap|-0.93
p:geen manier|argumenteren|-0.64
p:geen manier|bekritiseren|0.98
p:geen moeite|bekritiseren|-2.64
p:geen paniek|geruststellen|0.87
p:geen paniek|afronding-aankondigen|-1.0
p:geen planning|vervolgafspraak|-0.97
p:geen probleem|prijzen|0.83
p:geen ramp|moraliseren|-0.99
p:geen telefoons|bevelen|0.82
p:geen telefoons|argumenteren|-0.82
p:geen tijd|ik-boodschap|-0.87
p:geen tijd|parafrase|0.99
p:geen tijd|argumenteren|-0.99
p:geen toetsen|ik-boodschap|0.96
p:geen toetsen|bevelen|-0.84
p:geen voldoende|argumenteren|1.51
p:geen voldoende|geruststellen|-0.8
p:geen zin|jij-boodschap|1.72
p:geen zin|open-vraag|1.0
p:geen zin|bekritiseren|0.92
p:geen zin|interpreteren|-0.99
p:geen zin|ondervragen|-0.96
p:geen zorgen|parafrase|-0.94
p:geen zorgen|open-vraag|0.69
p:geen zorgen|waarschuwen|-0.81
p:geen zorgen|geruststellen|-0.95
p:geen zorgen|afleiden|-0.99
p:gefrustreerd door|vervolgafspraak|-0.97
p:gegaan sinds|jij-boodschap|-0.94
p:gehad dus|ik-boodschap|0.91
p:gehad dus|argumenteren|-0.91
p:gehad hebt|gevoelsreflectie|0.94
p:gehad over|ik-boodschap|-0.99
p:gehad over|jij-boodschap|-0.89
p:gehad over|samenvatting|0.99
p:gehad over|bekritiseren|-0.93
p:gehad over|vervolgafspraak|0.98
p:geholpen met|bekritiseren|-0.14
p:gehoopt ?|gevoelsreflectie|0.92
p:gehoord merk|gevoelsreflectie|0.85
p:gehoord van|afleiden|-0.96
p:gehoord wil|waarschuwen|-0.99
p:geirriteerd bent|aanmoediging|-0.99
p:gekeken naar|jij-boodschap|0.97
p:gekomen ?|ondervragen|0.99
p:gekomen ?|vervolgafspraak|-0.92
p:gekomen bent|gevoelsreflectie|-0.84
p:gekomen bent|adviseren|-0.97
p:gekomen bent|prijzen|-0.97
p:gekomen bent|vervolgafspraak|-0.95
p:gekomen bent|bedanken|0.63
p:gekomen en|ik-boodschap|1.0
p:gekomen en|jij-boodschap|-1.0
p:gekomen is|samenvatting|0.93
p:gekomen is|vervolgafspraak|0.93
p:gekozen als|open-vraag|-0.92
p:gekregen u|samenvatting|1.0
p:gekwetst omdat|parafrase|0.91
p:gekwetst omdat|prijzen|-0.91
p:gelaten door|gevoelsreflectie|0.99
p:gelaten voelt|ik-boodschap|-0.93
p:gelden voor|argumenteren|0.99
p:geldt voor|samenvatting|-0.93
p:gelezen ?|ondervragen|0.97
p:gelezen en|gevoelsreflectie|-0.86
p:gelezen en|bekritiseren|0.77
p:gelijk dat|geruststellen|-1.0
p:gelijk en|argumenteren|0.95
p:geloof van|samenvatting|-0.96
p:gemaakt !|etiketteren|-0.91
p:gemaakt ?|ondervragen|0.97
p:gemaakt dus|argumenteren|0.75
p:gemaakt hebben|afronding-aankondigen|-0.91
p:gemaakt maar|ik-boodschap|-0.97
p:gemaakt maar|geruststellen|-0.97
p:gemaild en|bekritiseren|0.25
p:gemaild hebt|bekritiseren|-0.99
p:gemeld ?|ondervragen|1.94
p:gemeld ?|afleiden|-0.96
p:gemeld en|ik-boodschap|-1.0
p:gemeld en|jij-boodschap|1.0
p:gemeld en|bekritiseren|1.0
p:gemengde leerweg|adviseren|-0.9
p:gemerkt dat|ik-boodschap|0.96
p:gemerkt dat|bevelen|-0.84
p:gemerkt de|ondervragen|-0.95
p:gemiddeld een|samenvatting|-0.86
p:gemiddeld een|argumenteren|0.98
p:gemiddeld zo|argumenteren|0.96
p:gemiddelde voor|ik-boodschap|0.94
p:gemiddelde voor|jij-boodschap|-0.43
p:gemiddelde voor|bekritiseren|-0.94
p:gemist hebt|moraliseren|-1.0
p:gemist hebt|bekritiseren|1.0
p:gemist hebt|prijzen|-1.0
p:gemist kan|aanmoediging|-0.97
p:gemist waardoor|ik-boodschap|0.74
p:gemotiveerd meneer|bekritiseren|-1.58
p:genegeerd voelt|samenvatting|-0.9
p:genoeg daarover|waarschuwen|-1.0
p:genoeg daarover|afleiden|1.0
p:genomen om|bekritiseren|0.25
p:genomen omdat|gevoelsreflectie|0.96
p:gepest bent|interpreteren|0.96
p:gepest wordt|interpreteren|0.96
p:geprobeerd ?|jij-boodschap|-1.0
p:geprobeerd ?|parafrase|-1.0
p:geprobeerd ?|gevoelsreflectie|-0.92
p:geprobeerd ?|samenvatting|-1.0
p:geprobeerd ?|bekritiseren|-1.0
p:geraakt dat|ik-boodschap|0.91
p:geraakt neem|parafrase|-0.91
p:gerust de|parafrase|-0.91
p:gerust de|geruststellen|0.65
p:gerust even|gevoelsreflectie|0.88
p:gerust even|open-vraag|-0.94
p:gerust even|aanmoediging|0.88
p:gerust op|ik-boodschap|-1.0
p:gerust op|interpreteren|-1.0
p:gerust op|vervolgafspraak|-1.0
p:gerust wat|adviseren|0.92
p:gerust ze|argumenteren|-0.63
p:geschiedenis dat|parafrase|-0.99
p:geschrokken bent|open-vraag|-0.75
p:geschrokken bent|argumenteren|0.91
p:geschrokken bent|geruststellen|-0.9
p:geschrokken bent|afleiden|-0.91
p:geschrokken dat|ik-boodschap|0.71
p:geschrokken dat|open-vraag|0.92
p:geschrokken van|ik-boodschap|0.93
p:geschrokken van|gevoelsreflectie|-0.84
p:gesprek ?|jij-boodschap|-0.94
p:gesprek dan|samenvatting|-1.0
p:gesprek dan|afronding-aankondigen|1.0
p:gesprek dan|vervolgafspraak|-1.94
p:gesprek hebben|prijzen|-0.98
p:gesprek hierbij|afronding-aankondigen|0.91
p:gesprek ik|afronding-aankondigen|-0.93
p:gesprek in|gevoelsreflectie|0.76
p:gesprek in|samenvatting|0.86
p:gesprek in|adviseren|-0.95
p:gesprek in|vervolgafspraak|1.92
p:gesprek met|parafrase|0.99
p:gesprek met|gevoelsreflectie|0.76
p:gesprek met|vervolgafspraak|0.92
p:gesprek nu|ik-boodschap|-1.0
p:gesprek nu|samenvatting|0.95
p:gesprek nu|bevelen|-0.46
p:gesprek nu|geruststellen|-1.0
p:gesprek nu|afronding-aankondigen|1.93
p:gesprek nu|vervolgafspraak|-0.11
p:gesprek op|parafrase|-0.91
p:gesprek opstaat|ik-boodschap|0.67
p:gesprek plannen|jij-boodschap|-1.7
p:gesprek plannen|bekritiseren|-1.62
p:gesprek plannen|ondervragen|0.96
p:gesprek uw|ik-boodschap|1.0
p:gesprek we|afronding-aankondigen|0.97
p:gesteund door|parafrase|0.91
p:gestrest bent|gevoelsreflectie|0.97
p:gestrest bent|adviseren|0.97
p:geven hem|bekritiseren|0.64
p:geven ook|moraliseren|0.95
p:geven van|gevoelsreflectie|-0.94
p:gevoel heeft|gevoelsreflectie|-0.96
p:gevoel heeft|bedanken|-0.75
p:gevolgen hebben|moraliseren|0.91
p:gewacht met|bekritiseren|0.9
p:geweest zijn|gevoelsreflectie|0.71
p:geweldige inzet|bekritiseren|1.75
p:geweldige inzet|bedanken|-1.81
p:geweldige medewerking|bekritiseren|0.93
p:geweldige medewerking|bedanken|-1.59
p:geweldige moeder|prijzen|0.97
p:gewend op|geruststellen|0.92
p:gewerkt dit|bekritiseren|-0.9
p:gewogen gemiddeld|argumenteren|0.96
p:gewoon aandacht|adviseren|-0.92
p:gewoon achterin|waarschuwen|-0.96
p:gewoon bij|moraliseren|-0.96
p:gewoon bij|afleiden|0.86
p:gewoon brutaal|bekritiseren|0.74
p:gewoon dat|argumenteren|0.91
p:gewoon de|samenvatting|-0.99
p:gewoon de|bekritiseren|0.85
p:gewoon doordat|interpreteren|0.99
p:gewoon een|jij-boodschap|1.0
p:gewoon een|moraliseren|-0.99
p:gewoon een|argumenteren|0.99
p:gewoon een|bekritiseren|-2.33
p:gewoon een|prijzen|-0.99
p:gewoon een|etiketteren|1.0
p:gewoon een|interpreteren|0.91
p:gewoon een|geruststellen|0.9
p:gewoon eerder|adviseren|-0.99
p:gewoon eerder|bekritiseren|0.87
p:gewoon elf|argumenteren|0.95
p:gewoon elke|gevoelsreflectie|0.97
p:gewoon elke|adviseren|0.97
p:gewoon even|jij-boodschap|-0.96
p:gewoon faalangst|interpreteren|0.96
p:gewoon geen|jij-boodschap|1.72
p:gewoon geen|bekritiseren|-0.67
p:gewoon geen|interpreteren|-1.81
p:gewoon geen|ondervragen|-0.96
p:gewoon grenzen|bevelen|-0.91
p:gewoon haar|jij-boodschap|-0.75
p:gewoon halen|bevelen|-0.95
p:gewoon halen|geruststellen|0.95
p:gewoon helemaal|bekritiseren|-2.12
p:gewoon hun|geruststellen|-1.0
p:gewoon in|adviseren|0.9
p:gewoon in|argumenteren|-0.99
p:gewoon in|geruststellen|-0.9
p:gewoon in|afleiden|-0.84
p:gewoon jaloers|etiketteren|-0.95
p:gewoon je|jij-boodschap|1.75
p:gewoon je|samenvatting|-0.98
p:gewoon je|bevelen|-0.98
p:gewoon je|bekritiseren|1.52
p:gewoon laten|bekritiseren|-0.66
p:gewoon lui|etiketteren|0.98
p:gewoon maar|bevelen|-0.91
p:gewoon maar|bekritiseren|-1.33
p:gewoon met|adviseren|0.97
p:gewoon moeilijk|interpreteren|0.95
p:gewoon moeten|bevelen|-0.98
p:gewoon moeten|bekritiseren|0.58
p:gewoon naar|bevelen|1.61
p:gewoon niet|jij-boodschap|-0.71
p:gewoon niet|moraliseren|0.9
p:gewoon niet|bekritiseren|-0.79
p:gewoon niet|interpreteren|0.82
p:gewoon niks|bekritiseren|1.53
p:gewoon omdat|interpreteren|0.99
p:gewoon ongeïnteresseerd|bekritiseren|-1.67
p:gewoon onzeker|interpreteren|0.97
p:gewoon op|ik-boodschap|-1.0
p:gewoon op|bevelen|0.91
p:gewoon op|adviseren|-0.91
p:gewoon op|bekritiseren|-0.96
p:gewoon op|interpreteren|-0.98
p:gewoon op|geruststellen|1.0
p:gewoon op|ondervragen|-0.98
p:gewoon schandalig|bekritiseren|1.13
p:gewoon schandalig|interpreteren|-0.94
p:gewoon smoesjes|bekritiseren|-2.48
p:gewoon stress|argumenteren|-0.95
p:gewoon te|jij-boodschap|-1.0
p:gewoon te|moraliseren|1.0
p:gewoon te|adviseren|0.93
p:gewoon te|bekritiseren|1.54
p:gewoon te|etiketteren|0.83
p:gewoon tegen|bekritiseren|0.68
p:gewoon wat|bevelen|0.96
p:gewoon wat|moraliseren|0.86
p:gewoon wat|bekritiseren|-1.0
p:gewoon wat|prijzen|0.92
p:gewoon wat|geruststellen|0.96
p:gewoon weer|waarschuwen|-0.81
p:gewoon wegzetten|adviseren|1.0
p:gewoon wegzetten|bekritiseren|0.85
p:gewoon wegzetten|etiketteren|-1.0
p:gewoon zo|moraliseren|1.0
p:gewoon zo|argumenteren|-1.0
p:gewoon zo|interpreteren|-0.82
p:geworden ?|ondervragen|-0.95
p:geworden door|etiketteren|0.98
p:gezakt hoe|ik-boodschap|0.71
p:gezakt hoe|open-vraag|0.92
p:gezegd ?|geruststellen|-0.94
p:gezegd een|etiketteren|-0.98
p:gezegd hebben|open-vraag|-0.97
p:gezegd niet|ik-boodschap|-1.0
p:gezegd niet|interpreteren|-1.0
p:gezegd niet|vervolgafspraak|-1.0
p:gezegd stelt|jij-boodschap|0.97
p:gezegd stelt|bekritiseren|0.97
p:gezegd wel|bekritiseren|-0.91
p:gezegd wel|geruststellen|-1.0
p:gezegd word|jij-boodschap|-1.0
p:gezien ?|aanmoediging|-0.9
p:gezien ?|argumenteren|-0.91
p:gezien ?|ondervragen|-0.96
p:gezien ?|afleiden|0.98
p:gezien begrijp|parafrase|1.0
p:gezien begrijp|open-vraag|-1.0
p:gezien dat|jij-boodschap|-0.43
p:gezien dat|bekritiseren|-0.94
p:gezien halen|argumenteren|1.0
p:gezien halen|afleiden|-1.0
p:gezien voelt|interpreteren|0.92
p:gezien zegt|bekritiseren|-0.49
p:gijs zijn|ik-boodschap|0.98
p:gijs zijn|vervolgafspraak|-0.98
p:gisteren de|ik-boodschap|0.8
p:gisteren de|gevoelsreflectie|-0.94
p:gisteren met|ik-boodschap|0.91
p:gisteren nog|aanmoediging|-0.9
p:gisteren uit|ik-boodschap|0.97
p:goed aan|jij-boodschap|-0.91
p:goed als|waarschuwen|-0.88
p:goed begeleiden|ik-boodschap|-0.96
p:goed begrijp|ik-boodschap|-1.6
p:goed begrijp|parafrase|1.89
p:goed begrijpen|vervolgafspraak|-0.92
p:goed dat|samenvatting|-1.0
p:goed dat|open-vraag|-0.98
p:goed dat|prijzen|0.98
p:goed dat|etiketteren|-0.93
p:goed dat|afleiden|-0.98
p:goed dat|vervolgafspraak|-0.98
p:goed dat|bedanken|-0.22
p:goed gedaan|parafrase|-0.99
p:goed geholpen|bekritiseren|-0.14
p:goed heb|waarschuwen|-0.99
p:goed hoe|parafrase|-0.85
p:goed hoe|open-vraag|-1.57
p:goed hoe|geruststellen|0.92
p:goed hoe|afleiden|1.69
p:goed hoor|gevoelsreflectie|0.88
p:goed hoor|samenvatting|-1.0
p:goed hoor|aanmoediging|-0.96
p:goed hoor|adviseren|-0.99
p:goed idee|interpreteren|-0.93
p:goed in|geruststellen|0.65
p:goed is|interpreteren|-0.92
p:goed komen|prijzen|-0.92
p:goed laat|adviseren|1.0
p:goed laat|bekritiseren|-1.0
p:goed laten|afleiden|-0.2
p:goed laten|vervolgafspraak|-0.96
p:goed mee|prijzen|0.83
p:goed met|ik-boodschap|1.0
p:goed met|gevoelsreflectie|0.98
p:goed met|adviseren|-0.92
p:goed op|prijzen|0.99
p:goed opgevoed|jij-boodschap|0.96
p:goed opgevoed|bekritiseren|0.96
p:goed plan|jij-boodschap|-0.97
p:goed samenvat|samenvatting|1.0
p:goed snap|parafrase|0.93
p:goed te|jij-boodschap|0.97
p:goed vertalen|adviseren|-1.0
p:goed volg|parafrase|1.0
p:goed volg|samenvatting|-1.0
p:goed volg|prijzen|-1.0
p:goed volg|afleiden|-0.92
p:goed waar|afronding-aankondigen|-0.94
p:goede handen|argumenteren|-0.63
p:goede ouder|moraliseren|0.96
p:goede tip|adviseren|0.98
p:goede voorbeeld|moraliseren|0.95
p:goede voorbeeld|adviseren|-0.93
p:goedemiddag fijn|gevoelsreflectie|-0.8
p:goedemiddag mevrouw|bekritiseren|0.96
p:graag een|parafrase|0.99
p:graag een|samenvatting|0.15
p:graag naar|samenvatting|-0.89
p:graag weer|afleiden|-0.97
p:grapjes maakt|ik-boodschap|-0.93
p:grapjes maakt|interpreteren|0.93
p:grappen maakt|samenvatting|-0.96
p:grenzen hoort|moraliseren|0.95
p:grenzen hoort|bekritiseren|0.95
p:grenzen op|bevelen|-0.91
p:grijpen thuis|adviseren|1.0
p:grijpen thuis|bekritiseren|0.85
p:grijpen thuis|etiketteren|-1.0
p:groep 8|ik-boodschap|-0.91
p:groep optrekt|ik-boodschap|-0.96
p:groepjes bijna|jij-boodschap|-0.83
p:groepsapp om|samenvatting|0.93
p:groepsapp stelt|geruststellen|-0.95
p:groepsapp stelt|afleiden|0.95
p:groepsopdracht steeds|ik-boodschap|0.88
p:groepsopdracht steeds|gevoelsreflectie|-0.88
p:groot gezin|geruststellen|-0.93
p:grote broer|geruststellen|-0.92
p:grote held|etiketteren|0.91
p:grote held|afleiden|-0.66
p:grote mond|bekritiseren|0.83
p:grote zorgen|vervolgafspraak|-0.91
p:gymdocent en|vervolgafspraak|0.96
p:gymdocent gaf|jij-boodschap|-0.71
p:gymdocent gaf|open-vraag|0.97
p:gymdocent gaf|bekritiseren|-1.79
p:gymkleren meeneemt|bevelen|0.95
p:gymles is|ik-boodschap|0.93
p:gymles te|gevoelsreflectie|0.88
p:gymspullen bij|open-vraag|-1.0
p:haalde gemiddeld|samenvatting|-0.86
p:haalde gemiddeld|argumenteren|0.98
p:haalt die|geruststellen|1.0
p:haalt geen|argumenteren|1.51
p:haalt geen|geruststellen|-0.8
p:haalt het|geruststellen|1.77
p:haalt hij|waarschuwen|0.94
p:haalt hij|geruststellen|1.89
p:haalt hij|afleiden|-0.98
p:haalt wel|afleiden|0.96
p:haalt ze|geruststellen|-0.66
p:haar ?|ik-boodschap|0.93
p:haar ?|gevoelsreflectie|-0.84
p:haar agenda|interpreteren|-0.93
p:haar boeken|ik-boodschap|-0.95
p:haar cijfer|ik-boodschap|0.74
p:haar cijfers|samenvatting|0.99
p:haar dat|geruststellen|-0.99
p:haar diploma|ik-boodschap|-1.0
p:haar diploma|geruststellen|0.33
p:haar een|moraliseren|-0.98
p:haar eentje|open-vraag|-0.97
p:haar en|ik-boodschap|-0.62
p:haar en|samenvatting|-0.75
p:haar en|afleiden|-1.0
p:haar gymspullen|open-vraag|-1.0
p:haar hoofd|open-vraag|0.97
p:haar hoor|geruststellen|-0.94
p:haar hoor|vervolgafspraak|-0.91
p:haar iets|ik-boodschap|0.96
p:haar laptop|ik-boodschap|0.9
p:haar medicijnen|open-vraag|-0.97
p:haar medicijnen|vervolgafspraak|0.97
p:haar naar|ik-boodschap|1.0
p:haar naar|adviseren|1.0
p:haar niet|ik-boodschap|-0.96
p:haar op|bekritiseren|-1.8
p:haar oude|interpreteren|0.91
p:haar oude|geruststellen|0.9
p:haar pen|ik-boodschap|0.96
p:haar planning|vervolgafspraak|0.97
p:haar profielwerkstuk|etiketteren|-0.93
p:haar slaap|open-vraag|0.75
p:haar slaap|vervolgafspraak|-0.97
p:haar spullen|ik-boodschap|0.94
p:haar stiefvader|ik-boodschap|-0.62
p:haar stiefvader|samenvatting|-0.75
p:haar stiefvader|afleiden|-1.0
p:haar telefoon|adviseren|1.89
p:haar telefoon|bekritiseren|-1.09
p:haar veel|bekritiseren|-1.18
p:haar vinger|geruststellen|-0.93
p:haar vriendinnen|ik-boodschap|-0.98
p:haar zin|jij-boodschap|-0.75
p:haar zo|interpreteren|0.96
p:had dat|bevelen|-0.98
p:had dat|bekritiseren|0.58
p:had eerder|bekritiseren|1.2
p:had er|ik-boodschap|-0.87
p:had er|parafrase|0.99
p:had er|argumenteren|-0.99
p:had gebeld|bekritiseren|0.72
p:had gemaakt|ik-boodschap|-0.97
p:had gemaakt|geruststellen|-0.97
p:had gewoon|argumenteren|0.95
p:had je|parafrase|0.93
p:had je|gevoelsreflectie|0.92
p:had je|argumenteren|0.99
p:had u|open-vraag|0.62
p:had u|adviseren|-1.99
p:had u|bekritiseren|-1.49
p:had verwacht|open-vraag|-0.99
p:hadden we|bekritiseren|0.72
p:haha ja|afleiden|0.91
p:halen als|prijzen|0.96
p:halen leerlingen|argumenteren|1.0
p:halen leerlingen|afleiden|-1.0
p:halen let|bevelen|-0.95
p:halen let|geruststellen|0.95
p:half een|samenvatting|-0.95
p:half een|afronding-aankondigen|0.95
p:half een|vervolgafspraak|0.86
p:half een|bedanken|0.55
p:half negen|samenvatting|0.96
p:half negen|vervolgafspraak|0.96
p:half uurtje|gevoelsreflectie|0.97
p:half uurtje|adviseren|0.97
p:half vier|ik-boodschap|-0.98
p:halverwege het|ik-boodschap|0.67
p:hand is|jij-boodschap|0.71
p:hand is|bekritiseren|0.86
p:hand is|geruststellen|-0.99
p:handige keuze|bekritiseren|0.59
p:hard gewerkt|bekritiseren|-0.9
p:hardop lezen|adviseren|1.0
p:hardop lezen|bekritiseren|-1.0
p:hartelijk bedankt|bedanken|0.99
p:havo gaat|waarschuwen|-0.94
p:havo kosten|waarschuwen|0.91
p:he maar|afleiden|0.91
p:he wat|bekritiseren|-0.64
p:heb alle|aanmoediging|0.67
p:heb gehoord|waarschuwen|-0.99
p:heb gemeld|ik-boodschap|-1.0
p:heb gemeld|jij-boodschap|1.0
p:heb gemeld|bekritiseren|1.0
p:heb gemerkt|ik-boodschap|0.96
p:heb gemerkt|bevelen|-0.84
p:heb gezien|jij-boodschap|-0.43
p:heb gezien|bekritiseren|-0.94
p:heb het|ik-boodschap|-0.93
p:heb het|argumenteren|0.95
p:heb het|interpreteren|0.98
p:heb ik|ik-boodschap|0.92
p:heb ik|parafrase|-0.91
p:heb ik|waarschuwen|-0.92
p:heb ik|adviseren|-0.92
p:heb ik|bekritiseren|-0.96
p:heb je|parafrase|-0.99
p:heb je|moraliseren|0.93
p:heb je|argumenteren|-1.53
p:heb je|geruststellen|-0.94
p:heb je|ondervragen|0.97
p:heb jij|samenvatting|-1.0
p:heb u|argumenteren|0.64
p:heb u|bekritiseren|0.25
p:heb uw|gevoelsreflectie|-0.86
p:heb uw|bekritiseren|0.77
p:heb vorige|vervolgafspraak|-0.94
p:hebben als|moraliseren|0.91
p:hebben daar|afleiden|1.45
p:hebben dat|ik-boodschap|-0.99
p:hebben dat|geruststellen|0.99
p:hebben drie|vervolgafspraak|-0.97
p:hebben een|argumenteren|-0.99
p:hebben een|geruststellen|0.94
p:hebben een|afleiden|-0.93
p:hebben heeft|argumenteren|-0.91
p:hebben hem|bekritiseren|-0.14
p:hebben het|ik-boodschap|-0.99
p:hebben het|jij-boodschap|-0.89
p:hebben het|samenvatting|0.99
p:hebben het|argumenteren|0.96
p:hebben het|vervolgafspraak|0.98
p:hebben meer|open-vraag|-0.97
p:hebben nog|moraliseren|-0.98
p:hebben nu|bevelen|-0.88
p:hebben nu|moraliseren|0.99
p:hebben nu|afleiden|-0.99
p:hebben ongeveer|afronding-aankondigen|-0.97
p:hebben over|samenvatting|-1.93
p:hebben over|afleiden|-0.94
p:hebben voor|etiketteren|-0.99
p:hebben vorige|jij-boodschap|0.97
p:hebben wat|afleiden|1.93
p:hebben we|etiketteren|0.91
p:hebben we|afleiden|0.33
p:hebben ze|geruststellen|-0.99
p:hebben ze|afleiden|0.99
p:hebt ?|open-vraag|-0.95
p:hebt ?|moraliseren|-1.0
p:hebt ?|bekritiseren|1.0
p:hebt ?|prijzen|-1.0
p:hebt bo|interpreteren|0.99
p:hebt de|ik-boodschap|0.91
p:hebt de|argumenteren|-0.91
p:hebt deze|gevoelsreflectie|-0.86
p:hebt deze|open-vraag|0.95
p:hebt die|bekritiseren|0.84
p:hebt drie|argumenteren|0.99
p:hebt echt|bekritiseren|-0.9
p:hebt er|bekritiseren|-1.07
p:hebt gedaan|bevelen|-1.0
p:hebt gedaan|afleiden|-1.0
p:hebt geslagen|moraliseren|1.0
p:hebt geslagen|argumenteren|-1.0
p:hebt geslagen|interpreteren|-0.82
p:hebt in|interpreteren|0.82
p:hebt met|gevoelsreflectie|0.94
p:hebt nergens|jij-boodschap|0.95
p:hebt nergens|samenvatting|-0.95
p:hebt nergens|bekritiseren|0.95
p:hebt overgeslagen|afronding-aankondigen|-0.94
p:hebt uitgelachen|ik-boodschap|0.9
p:hebt uitgelachen|gevoelsreflectie|-0.96
p:hebt uitgelachen|bekritiseren|-0.11
p:hebt zonder|bekritiseren|-0.99
p:heeft dat|gevoelsreflectie|-0.96
p:heeft dat|geruststellen|0.77
p:heeft dat|afleiden|-0.94
p:heeft dat|bedanken|-0.75
p:heeft de|ik-boodschap|0.74
p:heeft de|gevoelsreflectie|-0.97
p:heeft de|samenvatting|1.0
p:heeft die|parafrase|1.0
p:heeft die|open-vraag|-1.0
p:heeft die|bekritiseren|-0.74
p:heeft een|bekritiseren|0.83
p:heeft een|geruststellen|-0.92
p:heeft er|jij-boodschap|0.96
p:heeft er|bekritiseren|0.96
p:heeft er|ondervragen|-0.96
p:heeft geen|moraliseren|-0.9
p:heeft geen|adviseren|-0.96
p:heeft geen|bekritiseren|0.9
p:heeft geen|prijzen|-0.98
p:heeft gehouden|gevoelsreflectie|1.0
p:heeft gelijk|geruststellen|-1.0
p:heeft gemaakt|argumenteren|0.75
p:heeft gemist|aanmoediging|-0.97
p:heeft haar|ik-boodschap|-1.0
p:heeft haar|geruststellen|1.0
p:heeft helemaal|jij-boodschap|-3.49
p:heeft helemaal|bekritiseren|-4.23
p:heeft hem|jij-boodschap|0.96
p:heeft hem|bekritiseren|-0.48
p:heeft het|argumenteren|0.96
p:heeft het|bekritiseren|0.69
p:heeft hij|ondervragen|-0.95
p:heeft in|open-vraag|1.0
p:heeft ingeleverd|ik-boodschap|1.93
p:heeft ingeleverd|jij-boodschap|-0.43
p:heeft ingeleverd|bekritiseren|-0.94
p:heeft ingelicht|gevoelsreflectie|0.98
p:heeft maar|gevoelsreflectie|0.85
p:heeft me|ik-boodschap|0.91
p:heeft meegenomen|gevoelsreflectie|-0.59
p:heeft meer|samenvatting|0.97
p:heeft moeite|samenvatting|0.95
p:heeft moeite|bedanken|0.89
p:heeft naar|interpreteren|0.91
p:heeft naar|geruststellen|0.9
p:heeft niemand|interpreteren|-0.99
p:heeft nooit|bekritiseren|-0.43
p:heeft op|jij-boodschap|0.92
p:heeft op|bekritiseren|1.28
p:heeft overal|jij-boodschap|0.95
p:heeft overal|samenvatting|-0.95
p:heeft overal|waarschuwen|-1.0
p:heeft overal|bekritiseren|1.83
p:heeft sinds|ik-boodschap|1.0
p:heeft sinds|jij-boodschap|-1.0
p:heeft sinds|bekritiseren|-1.0
p:heeft teruggebeld|gevoelsreflectie|0.63
p:heeft twee|jij-boodschap|-0.91
p:heeft u|ik-boodschap|-1.6
p:heeft u|jij-boodschap|-1.0
p:heeft u|gevoelsreflectie|-0.92
p:heeft u|samenvatting|-1.0
p:heeft u|aanmoediging|-0.9
p:heeft u|moraliseren|-0.94
p:heeft u|argumenteren|-0.91
p:heeft u|ondervragen|1.94
p:heeft u|afleiden|-0.95
p:heeft veel|bekritiseren|0.9
p:heeft vier|vervolgafspraak|-1.0
p:heeft voor|argumenteren|-0.66
p:heeft ze|etiketteren|-0.91
p:heeft ze|ondervragen|0.81
p:heeft zich|jij-boodschap|0.73
p:heel alleen|gevoelsreflectie|0.62
p:heel anders|afleiden|0.87
p:heel behulpzaam|bekritiseren|1.55
p:heel behulpzaam|vervolgafspraak|-0.85
p:heel behulpzaam|bedanken|-1.76
p:heel gewoon|bekritiseren|-0.96
p:heel goed|bekritiseren|-0.92
p:heel goed|geruststellen|-0.92
p:heel hoofdstuk|waarschuwen|-0.93
p:heel machteloos|gevoelsreflectie|0.96
p:heel moe|open-vraag|-0.95
p:heel normaal|geruststellen|1.94
p:heel normaal|afleiden|-0.95
p:heel onbeleefd|jij-boodschap|0.98
p:heel onbeleefd|bekritiseren|0.98
p:heel onhandig|bekritiseren|0.97
p:heel serieus|gevoelsreflectie|-1.0
p:heel serieus|bevelen|-1.0
p:heel serieus|afronding-aankondigen|-1.0
p:heel simpel|argumenteren|1.51
p:heel simpel|geruststellen|-0.8
p:heel veel|parafrase|0.98
p:heel veel|geruststellen|0.99
p:heen ?|gevoelsreflectie|1.84
p:heen ?|open-vraag|1.0
p:heen ?|adviseren|-1.0
p:heen praat|parafrase|-0.99
p:heft zich|jij-boodschap|0.89
p:heft zich|bekritiseren|0.89
p:heftig hoe|afleiden|-0.73
p:heftig omdat|vervolgafspraak|-1.0
p:heftig wat|gevoelsreflectie|0.99
p:heimwee heeft|interpreteren|0.91
p:heimwee heeft|geruststellen|0.9
p:hek afzet|bevelen|0.98
p:held weer|etiketteren|0.91
p:held weer|afleiden|-0.66
p:hele klas|ik-boodschap|-0.13
p:hele klas|gevoelsreflectie|-0.94
p:hele klas|bekritiseren|-0.64
p:hele les|jij-boodschap|0.43
p:hele les|argumenteren|-0.99
p:hele onrustige|open-vraag|-0.62
p:hele probleem|jij-boodschap|0.89
p:hele probleem|bekritiseren|0.89
p:hele sectie|etiketteren|0.95
p:hele tijd|bevelen|0.94
p:hele tijd|bekritiseren|0.65
p:hele verhaal|bekritiseren|-1.58
p:helemaal dichtklapt|open-vraag|0.95
p:helemaal gehad|gevoelsreflectie|0.94
p:helemaal gewend|geruststellen|0.92
p:helemaal goed|gevoelsreflectie|-0.96
p:helemaal goed|argumenteren|-0.99
p:helemaal goed|geruststellen|0.99
p:helemaal klaar|open-vraag|-0.96
p:helemaal niet|jij-boodschap|0.73
p:helemaal niet|bekritiseren|0.94
p:helemaal niet|geruststellen|-0.87
p:helemaal niet|afleiden|-0.93
p:helemaal niets|jij-boodschap|-2.54
p:helemaal niets|bekritiseren|-2.47
p:helemaal niks|jij-boodschap|0.43
p:helemaal niks|bekritiseren|-2.89
p:helemaal verkeerd|bekritiseren|0.69
p:helft niet|open-vraag|-0.88
p:helpen en|vervolgafspraak|0.91
p:helpen met|gevoelsreflectie|-0.99
p:helpen met|bevelen|-0.99
p:helpen met|adviseren|0.99
p:helpen met|prijzen|0.99
p:helpen om|gevoelsreflectie|-0.86
p:helpen om|open-vraag|0.95
p:helpen om|bekritiseren|-0.7
p:helpen om|prijzen|-1.0
p:helpt ?|open-vraag|-0.97
p:helpt ?|vervolgafspraak|0.97
p:helpt echt|jij-boodschap|-0.98
p:helpt het|adviseren|0.98
p:helpt niemand|moraliseren|-0.94
p:helpt vaak|adviseren|0.93
p:hem ?|parafrase|1.0
p:hem ?|gevoelsreflectie|0.71
p:hem ?|samenvatting|-0.92
p:hem ?|open-vraag|1.0
p:hem ?|moraliseren|-1.0
p:hem ?|bedanken|-1.0
p:hem af|waarschuwen|0.94
p:hem afspreekt|adviseren|0.96
p:hem bespreken|ik-boodschap|0.98
p:hem bespreken|vervolgafspraak|-0.98
p:hem beter|prijzen|-0.96
p:hem dan|bekritiseren|0.97
p:hem dat|ondervragen|0.98
p:hem de|adviseren|0.93
p:hem dwingen|bekritiseren|-0.68
p:hem een|waarschuwen|-1.88
p:hem een|prijzen|0.11
p:hem gerust|adviseren|0.92
p:hem gewoon|jij-boodschap|0.96
p:hem gewoon|bevelen|0.91
p:hem gewoon|adviseren|1.01
p:hem gewoon|prijzen|0.92
p:hem goed|bekritiseren|-0.14
p:hem goed|geruststellen|0.65
p:hem helpen|gevoelsreflectie|-0.99
p:hem helpen|bevelen|-0.99
p:hem helpen|adviseren|0.99
p:hem helpen|prijzen|0.99
p:hem hoor|gevoelsreflectie|-0.97
p:hem hoor|adviseren|-0.97
p:hem in|waarschuwen|0.99
p:hem kwijt|vervolgafspraak|-1.0
p:hem los|interpreteren|0.95
p:hem maar|bekritiseren|0.89
p:hem mee|gevoelsreflectie|-0.86
p:hem mee|open-vraag|0.95
p:hem mee|waarschuwen|-0.89
p:hem moeilijk|adviseren|-0.93
p:hem moeten|bevelen|0.99
p:hem morgen|interpreteren|-0.98
p:hem naar|ik-boodschap|-0.9
p:hem niet|ik-boodschap|-0.97
p:hem niet|bekritiseren|0.87
p:hem niet|geruststellen|-0.97
p:hem niet|ondervragen|-1.8
p:hem niet|vervolgafspraak|0.91
p:hem nog|ik-boodschap|0.99
p:hem nog|jij-boodschap|-0.97
p:hem nog|samenvatting|0.97
p:hem nog|bevelen|0.52
p:hem nog|waarschuwen|0.99
p:hem nooit|bekritiseren|-0.49
p:hem om|bevelen|0.98
p:hem op|parafrase|-0.93
p:hem over|bedanken|0.95
p:hem overal|bekritiseren|-0.94
p:hem straks|waarschuwen|0.91
p:hem te|bekritiseren|-0.95
p:hem thuis|bevelen|-0.91
p:hem thuis|bekritiseren|-0.69
p:hem thuis|interpreteren|0.99
p:hem tot|moraliseren|0.95
p:hem tot|bekritiseren|0.95
p:hem u|adviseren|0.92
p:hem veel|bekritiseren|0.8
p:hem voor|aanmoediging|-0.97
p:hem voor|bekritiseren|-0.96
p:hem voortaan|bevelen|0.65
p:hem wiskunde|bevelen|-0.91
p:hem zo|ondervragen|0.86
p:herfstvakantie bijna|open-vraag|-1.0
p:herfstvakantie geen|ik-boodschap|1.0
p:herfstvakantie geen|jij-boodschap|-1.0
p:herfstvakantie geen|bekritiseren|-1.0
p:herfstvakantie heb|bekritiseren|-0.96
p:herhalen en|open-vraag|0.64
p:herkansing en|gevoelsreflectie|0.76
p:herkansing en|samenvatting|0.86
p:herkansing en|vervolgafspraak|0.92
p:herkansing gemist|ik-boodschap|0.74
p:herkansing heus|geruststellen|1.0
p:herkansing voor|samenvatting|1.0
p:herkansing was|gevoelsreflectie|-0.7
p:het advies|waarschuwen|-0.94
p:het advies|adviseren|-0.9
p:het al|bekritiseren|0.98
p:het al|afleiden|-0.92
p:het allemaal|bekritiseren|0.96
p:het als|adviseren|0.98
p:het altijd|moraliseren|-0.93
p:het altijd|bekritiseren|-1.8
p:het anders|adviseren|0.83
p:het begon|samenvatting|0.9
p:het begon|open-vraag|1.0
p:het begon|moraliseren|-1.0
p:het begon|bekritiseren|-0.9
p:het begon|bedanken|-1.0
p:het besluit|vervolgafspraak|0.94
p:het beste|open-vraag|-0.64
p:het beste|adviseren|0.9
p:het beste|argumenteren|-0.99
p:het cijfer|argumenteren|0.95
p:het cijfer|geruststellen|-0.87
p:het cijfer|afleiden|-0.93
p:het daar|adviseren|0.81
p:het daar|argumenteren|-0.91
p:het daar|interpreteren|-0.96
p:het dat|jij-boodschap|0.67
p:het dat|open-vraag|-0.95
p:het dat|bekritiseren|0.81
p:het delen|argumenteren|-1.0
p:het delen|bedanken|1.0
p:het derde|ik-boodschap|0.93
p:het derde|parafrase|-0.93
p:het doet|ik-boodschap|0.81
p:het doet|open-vraag|-0.97
p:het dossier|moraliseren|-0.94
p:het druk|geruststellen|-0.89
p:het echt|ik-boodschap|2.76
p:het een|jij-boodschap|-0.96
p:het eens|prijzen|-0.98
p:het eens|afleiden|0.75
p:het eens|vervolgafspraak|-0.98
p:het eerste|gevoelsreflectie|-0.79
p:het eerste|vervolgafspraak|0.95
p:het eigenlijk|ik-boodschap|-0.91
p:het eind|waarschuwen|0.94
p:het eind|bedanken|-0.99
p:het einde|argumenteren|-0.49
p:het einde|afleiden|0.92
p:het erop|bekritiseren|0.98
p:het even|ik-boodschap|-0.81
p:het even|parafrase|-0.86
p:het even|samenvatting|0.88
p:het even|aanmoediging|-0.76
p:het even|vervolgafspraak|0.97
p:het examen|argumenteren|1.0
p:het examen|afleiden|-1.0
p:het examenreglement|argumenteren|0.95
p:het examenreglement|etiketteren|-0.95
p:het expres|geruststellen|-0.77
p:het frustrerend|gevoelsreflectie|0.63
p:het gaat|parafrase|0.91
p:het gaat|samenvatting|0.16
p:het gaat|adviseren|-0.82
p:het gaat|argumenteren|-0.99
p:het gaat|bekritiseren|-0.9
p:het gaat|geruststellen|-0.99
p:het gaat|afronding-aankondigen|-0.94
p:het gaat|vervolgafspraak|1.92
p:het gangpad|ik-boodschap|-0.5
p:het gebeurt|parafrase|-0.92
p:het gebeurt|samenvatting|0.9
p:het gecontroleerd|interpreteren|-0.91
p:het gedoe|parafrase|0.91
p:het gedrag|argumenteren|-0.96
p:het gegaan|jij-boodschap|-0.94
p:het gehad|ik-boodschap|-0.99
p:het gehad|vervolgafspraak|0.98
p:het geloof|samenvatting|-0.96
p:het gesprek|ik-boodschap|0.67
p:het gesprek|samenvatting|0.96
p:het gesprek|bevelen|-0.46
p:het gesprek|waarschuwen|0.93
p:het gesprek|geruststellen|-1.0
p:het gesprek|afronding-aankondigen|0.91
p:het gesprek|vervolgafspraak|-0.14
p:het gevoel|gevoelsreflectie|-0.96
p:het gevoel|bedanken|-0.75
p:het gewoon|jij-boodschap|-0.96
p:het gewoon|bekritiseren|0.88
p:het gewoon|interpreteren|0.95
p:het goed|ik-boodschap|1.0
p:het goed|jij-boodschap|0.97
p:het goed|parafrase|0.93
p:het goed|gevoelsreflectie|0.88
p:het goed|samenvatting|-1.0
p:het goed|open-vraag|-0.98
p:het goed|waarschuwen|-0.99
p:het goed|adviseren|-1.0
p:het goed|interpreteren|-0.92
p:het goed|geruststellen|-1.0
p:het goed|afleiden|-0.98
p:het goed|vervolgafspraak|-0.98
p:het goede|moraliseren|0.95
p:het goede|adviseren|-0.93
p:het goedkomt|geruststellen|0.99
p:het hebben|samenvatting|-0.94
p:het hebben|afleiden|-0.94
p:het heeft|ik-boodschap|0.91
p:het hek|bevelen|0.98
p:het hele|jij-boodschap|0.89
p:het hele|bekritiseren|-0.69
p:het helemaal|gevoelsreflectie|0.94
p:het helemaal|bekritiseren|0.69
p:het helpt|adviseren|0.93
p:het heus|geruststellen|1.0
p:het hier|samenvatting|-1.99
p:het hier|argumenteren|0.95
p:het hier|afleiden|-0.49
p:het hier|afronding-aankondigen|2.87
p:het hier|vervolgafspraak|-1.0
p:het hier|bedanken|1.03
p:het hierbij|samenvatting|0.99
p:het hierbij|afronding-aankondigen|0.98
p:het hoort|moraliseren|1.0
p:het hoort|argumenteren|-1.0
p:het hoort|interpreteren|-0.82
p:het huiswerk|samenvatting|1.87
p:het huiswerk|open-vraag|0.98
p:het huiswerk|aanmoediging|-1.0
p:het huiswerk|adviseren|-0.83
p:het huiswerk|argumenteren|-0.97
p:het huiswerk|bekritiseren|-0.87
p:het huiswerk|geruststellen|-0.93
p:het huiswerk|afleiden|-1.0
p:het huiswerk|vervolgafspraak|-0.91
p:het huiswerk|bedanken|0.89
p:het idee|ik-boodschap|-0.93
p:het idee|parafrase|-0.91
p:het idee|interpreteren|1.89
p:het in|ik-boodschap|-0.94
p:het in|samenvatting|-0.93
p:het in|open-vraag|-0.7
p:het in|bevelen|1.0
p:het in|argumenteren|0.67
p:het incident|open-vraag|-0.99
p:het irritant|bekritiseren|0.88
p:het is|jij-boodschap|-0.6
p:het is|gevoelsreflectie|0.96
p:het is|adviseren|1.0
p:het is|argumenteren|0.63
p:het is|etiketteren|-0.96
p:het is|geruststellen|0.9
p:het is|afleiden|-0.98
p:het is|afronding-aankondigen|0.99
p:het jaar|geruststellen|-0.99
p:het jouw|interpreteren|-0.96
p:het jullie|adviseren|-0.98
p:het kamp|bekritiseren|-0.9
p:het kamp|afleiden|0.95
p:het komt|gevoelsreflectie|0.98
p:het komt|open-vraag|0.69
p:het komt|adviseren|-0.92
p:het komt|geruststellen|3.09
p:het komt|afleiden|-0.77
p:het kort|bekritiseren|-0.98
p:het kunnen|bekritiseren|0.72
p:het laatste|bekritiseren|0.88
p:het lang|geruststellen|-1.0
p:het langst|moraliseren|0.93
p:het lastig|gevoelsreflectie|-0.86
p:het lastig|waarschuwen|-1.0
p:het lastig|moraliseren|-1.0
p:het lastig|bekritiseren|-0.26
p:het laten|bekritiseren|0.9
p:het later|afleiden|0.99
p:het leren|ik-boodschap|-0.95
p:het leren|bekritiseren|-0.95
p:het leven|bevelen|-0.92
p:het liever|afleiden|0.95
p:het lijkt|parafrase|-1.0
p:het lijkt|gevoelsreflectie|1.92
p:het lijkt|samenvatting|-1.0
p:het lijkt|open-vraag|-1.0
p:het lijkt|geruststellen|-0.1
p:het luchtig|afronding-aankondigen|-0.93
p:het lukt|jij-boodschap|-0.97
p:het lukt|samenvatting|0.97
p:het maar|parafrase|-0.91
p:het maar|aanmoediging|1.73
p:het meedenken|jij-boodschap|-1.0
p:het meedenken|bekritiseren|-1.0
p:het meedenken|afronding-aankondigen|-1.0
p:het meedenken|bedanken|1.0
p:het meest|open-vraag|1.98
p:het melden|ik-boodschap|-0.96
p:het melden|waarschuwen|0.83
p:het meldt|bedanken|-0.98
p:het met|waarschuwen|-1.0
p:het met|bekritiseren|-0.86
p:het met|afleiden|1.04
p:het mij|gevoelsreflectie|-1.0
p:het mij|open-vraag|-1.0
p:het mij|vervolgafspraak|1.0
p:het minste|moraliseren|0.85
p:het mis|argumenteren|0.96
p:het misging|gevoelsreflectie|-0.99
p:het moeten|waarschuwen|0.99
p:het mogelijk|jij-boodschap|0.96
p:het naar|waarschuwen|0.92
p:het navragen|afronding-aankondigen|-0.98
p:het niet|ik-boodschap|-0.93
p:het niet|moraliseren|0.96
p:het niet|interpreteren|0.93
p:het nieuwe|open-vraag|-1.71
p:het nieuwe|argumenteren|-0.91
p:het nieuwe|afleiden|0.97
p:het niveau|geruststellen|-0.88
p:het nog|interpreteren|-0.91
p:het nooit|parafrase|-0.91
p:het normaal|bekritiseren|0.28
p:het nu|ik-boodschap|0.93
p:het nu|jij-boodschap|-0.89
p:het nu|gevoelsreflectie|-0.13
p:het nu|bekritiseren|-0.93
p:het nu|afleiden|0.24
p:het oké|bekritiseren|0.97
p:het om|ik-boodschap|-0.81
p:het om|samenvatting|0.93
p:het om|bekritiseren|0.24
p:het onrustig|ik-boodschap|-0.5
p:het onrustig|samenvatting|1.0
p:het ook|argumenteren|1.87
p:het ook|interpreteren|-0.99
p:het over|afleiden|1.49
p:het over|vervolgafspraak|-0.96
p:het pesten|gevoelsreflectie|-0.73
p:het prima|jij-boodschap|0.83
p:het prima|bekritiseren|0.83
p:het prima|geruststellen|0.9
p:het probleem|samenvatting|-0.95
p:het probleem|interpreteren|0.98
p:het proefwerk|open-vraag|-0.96
p:het programma|afleiden|-0.92
p:het project|ik-boodschap|0.9
p:het protocol|waarschuwen|-0.9
p:het protocol|argumenteren|-0.68
p:het pta|argumenteren|0.99
p:het raakt|bevelen|-0.97
p:het raakt|bedanken|-0.64
p:het raam|open-vraag|-0.97
p:het randje|bekritiseren|-0.97
p:het rapport|ik-boodschap|0.99
p:het rapport|samenvatting|-1.0
p:het rapport|argumenteren|-0.92
p:het rapport|ondervragen|-0.99
p:het recht|moraliseren|-0.94
p:het redelijk|parafrase|-0.85
p:het reglement|moraliseren|-0.87
p:het reglement|adviseren|-0.91
p:het rooster|afleiden|-0.93
p:het samenvat|parafrase|0.92
p:het samenvat|gevoelsreflectie|-0.92
p:het samenvat|samenvatting|-0.12
p:het schoolplein|afleiden|0.95
p:het schoolreisje|parafrase|0.91
p:het slapen|argumenteren|0.91
p:het slim|adviseren|0.91
p:het snap|samenvatting|-0.88
p:het staat|argumenteren|0.99
p:het staat|geruststellen|-0.9
p:het staat|afleiden|-0.84
p:het te|gevoelsreflectie|-0.92
p:het te|interpreteren|0.99
p:het tegenovergestelde|jij-boodschap|0.97
p:het tegenovergestelde|bekritiseren|0.97
p:het tenminste|afleiden|1.45
p:het thuis|gevoelsreflectie|0.85
p:het thuis|aanmoediging|-1.0
p:het thuis|bekritiseren|-0.9
p:het thuis|afleiden|-1.0
p:het toch|bedanken|0.67
p:het toen|open-vraag|0.59
p:het tussen|open-vraag|0.97
p:het tweede|afleiden|-0.97
p:het tweede|bedanken|-1.0
p:het u|gevoelsreflectie|0.83
p:het u|bedanken|0.98
p:het valt|ik-boodschap|-0.95
p:het valt|jij-boodschap|-0.83
p:het valt|gevoelsreflectie|-0.79
p:het vast|waarschuwen|-0.88
p:het vast|adviseren|-0.99
p:het vast|prijzen|1.81
p:het vast|interpreteren|-0.93
p:het vast|geruststellen|0.99
p:het verder|prijzen|-0.98
p:het verkeerd|argumenteren|0.99
p:het vertelt|aanmoediging|0.99
p:het verzuim|ik-boodschap|-0.99
p:het verzuim|samenvatting|1.0
p:het verzuim|argumenteren|-0.96
p:het via|parafrase|0.91
p:het via|prijzen|-0.91
p:het vmbo|ik-boodschap|-0.99
p:het volgende|argumenteren|-0.99
p:het volgende|afleiden|0.99
p:het volgens|open-vraag|1.0
p:het voor|ik-boodschap|-0.93
p:het voor|open-vraag|0.99
p:het voor|bekritiseren|-1.27
p:het vooral|parafrase|0.95
p:het vraagt|prijzen|-0.98
p:het weekend|ik-boodschap|0.98
p:het weekend|bekritiseren|-0.82
p:het weekend|ondervragen|0.19
p:het weekend|vervolgafspraak|-0.98
p:het weer|parafrase|-0.93
p:het weer|bekritiseren|0.97
p:het weer|etiketteren|0.95
p:het weer|afleiden|0.98
p:het wel|jij-boodschap|1.0
p:het wel|bevelen|-0.98
p:het wel|bekritiseren|1.0
p:het wel|geruststellen|1.77
p:het werk|gevoelsreflectie|-1.0
p:het werk|bevelen|-1.0
p:het werk|adviseren|0.93
p:het werk|afronding-aankondigen|-1.0
p:het wijkteam|adviseren|0.86
p:het zelf|gevoelsreflectie|0.86
p:het zelf|open-vraag|0.94
p:het zit|open-vraag|-1.0
p:het zo|waarschuwen|0.13
p:het zonde|ik-boodschap|0.98
p:het zwaarst|open-vraag|0.75
p:het zwaarst|vervolgafspraak|-0.97
p:hetzelfde punt|ik-boodschap|0.93
p:hetzelfde punt|vervolgafspraak|-0.84
p:heus niet|geruststellen|1.88
p:hielp die|ik-boodschap|0.86
p:hielp met|ik-boodschap|0.93
p:hier af|samenvatting|-1.0
p:hier af|prijzen|-0.83
p:hier af|afronding-aankondigen|1.0
p:hier af|vervolgafspraak|-1.94
p:hier af|bedanken|0.29
p:hier afronden|vervolgafspraak|0.96
p:hier duidelijker|ik-boodschap|-0.93
p:hier echt|gevoelsreflectie|0.96
p:hier een|ik-boodschap|-1.0
p:hier eerlijk|etiketteren|-0.98
p:hier emotioneel|bedanken|0.67
p:hier gewoon|jij-boodschap|1.75
p:hier gewoon|samenvatting|-0.98
p:hier gewoon|bevelen|-0.98
p:hier gewoon|bekritiseren|1.52
p:hier in|argumenteren|-0.63
p:hier laten|afronding-aankondigen|0.93
p:hier maar|afronding-aankondigen|0.94
p:hier moeten|vervolgafspraak|-0.98
p:hier niet|prijzen|0.96
p:hier nu|vervolgafspraak|-0.92
p:hier onzeker|geruststellen|-1.0
p:hier op|afronding-aankondigen|-0.88
p:hier op|bedanken|-0.96
p:hier stoppen|afronding-aankondigen|0.99
p:hier stoppen|vervolgafspraak|0.99
p:hier stoppen|bedanken|-0.77
p:hier te|interpreteren|-0.92
p:hier vast|bekritiseren|-0.33
p:hier voor|samenvatting|-0.99
p:hier voor|afleiden|-0.49
p:hier voor|bedanken|0.74
p:hier zeker|prijzen|0.97
p:hier zelf|gevoelsreflectie|-0.88
p:hier zwart|argumenteren|0.95
p:hierbij afsluiten|afronding-aankondigen|0.91
p:hierbij laten|samenvatting|0.99
p:hierbij laten|afronding-aankondigen|0.98
p:hierdoor kan|adviseren|-0.93
p:hiermee wegkomt|waarschuwen|0.92
p:hij ?|ik-boodschap|-1.0
p:hij ?|open-vraag|-0.98
p:hij ?|adviseren|-0.99
p:hij ?|interpreteren|-1.0
p:hij ?|ondervragen|1.0
p:hij ?|vervolgafspraak|-1.0
p:hij afleiding|adviseren|0.93
p:hij al|gevoelsreflectie|-0.99
p:hij al|adviseren|-0.99
p:hij allemaal|ik-boodschap|0.98
p:hij bang|bekritiseren|-0.72
p:hij bang|interpreteren|0.93
p:hij begint|jij-boodschap|0.81
p:hij begint|bekritiseren|-0.99
p:hij beter|geruststellen|-0.86
p:hij bij|ik-boodschap|0.98
p:hij bij|parafrase|-0.9
p:hij bij|open-vraag|0.98
p:hij bijles|bedanken|-0.48
p:hij dan|ik-boodschap|-1.0
p:hij dan|adviseren|-0.99
p:hij dan|interpreteren|-1.0
p:hij dan|ondervragen|1.0
p:hij dan|vervolgafspraak|-1.0
p:hij dat|interpreteren|1.0
p:hij de|gevoelsreflectie|0.91
p:hij de|open-vraag|-0.88
p:hij de|adviseren|0.93
p:hij de|argumenteren|-1.0
p:hij de|prijzen|-0.84
p:hij de|interpreteren|1.0
p:hij de|vervolgafspraak|0.93
p:hij die|moraliseren|0.98
p:hij dit|moraliseren|0.91
p:hij doet|bekritiseren|1.24
p:hij draait|waarschuwen|-0.81
p:hij een|gevoelsreflectie|-0.99
p:hij een|samenvatting|0.8
p:hij een|etiketteren|-0.96
p:hij eet|aanmoediging|-0.76
p:hij eigenlijk|afleiden|0.95
p:hij elke|bevelen|0.89
p:hij elke|moraliseren|-0.98
p:hij gamet|adviseren|1.0
p:hij gamet|bekritiseren|0.85
p:hij gamet|etiketteren|-1.0
p:hij geen|open-vraag|1.0
p:hij geschorst|bevelen|0.47
p:hij geschorst|waarschuwen|1.0
p:hij gewoon|ik-boodschap|1.0
p:hij gewoon|jij-boodschap|-1.0
p:hij gewoon|etiketteren|0.98
p:hij gewoon|interpreteren|0.99
p:hij gisteren|ik-boodschap|-0.84
p:hij haalt|geruststellen|1.0
p:hij had|argumenteren|0.95
p:hij heeft|parafrase|1.0
p:hij heeft|open-vraag|-1.0
p:hij heeft|waarschuwen|-1.0
p:hij heeft|prijzen|-0.98
p:hij heeft|geruststellen|-0.92
p:hij het|open-vraag|0.94
p:hij het|geruststellen|-0.99
p:hij in|geruststellen|0.91
p:hij is|jij-boodschap|-0.59
p:hij is|bekritiseren|-1.39
p:hij is|etiketteren|1.93
p:hij is|geruststellen|0.93
p:hij komt|vervolgafspraak|-0.93
p:hij kreeg|gevoelsreflectie|0.76
p:hij kreeg|samenvatting|0.86
p:hij kreeg|vervolgafspraak|0.92
p:hij krijgt|samenvatting|0.96
p:hij krijgt|vervolgafspraak|0.96
p:hij lapt|jij-boodschap|0.97
p:hij loopt|etiketteren|-1.0
p:hij loopt|ondervragen|-1.0
p:hij maakt|interpreteren|-0.96
p:hij mist|parafrase|-0.86
p:hij mist|waarschuwen|-0.96
p:hij moe|interpreteren|-0.96
p:hij moet|bevelen|-0.37
p:hij moet|geruststellen|0.91
p:hij naar|adviseren|0.93
p:hij naast|jij-boodschap|-0.97
p:hij nauwelijks|ik-boodschap|0.93
p:hij nauwelijks|interpreteren|-0.93
p:hij niet|waarschuwen|0.98
p:hij niet|geruststellen|-0.99
p:hij niet|ondervragen|-1.0
p:hij nog|open-vraag|0.59
p:hij nog|interpreteren|0.98
p:hij om|jij-boodschap|0.83
p:hij om|bekritiseren|0.83
p:hij online|bekritiseren|0.42
p:hij slaapt|aanmoediging|-0.76
p:hij slaapt|waarschuwen|-0.96
p:hij staat|ik-boodschap|0.98
p:hij staat|argumenteren|0.49
p:hij staat|bekritiseren|-0.97
p:hij staat|vervolgafspraak|-0.98
p:hij steeds|interpreteren|0.99
p:hij stelt|bekritiseren|1.81
p:hij thuis|ik-boodschap|-1.0
p:hij thuis|parafrase|0.84
p:hij thuis|adviseren|-0.99
p:hij thuis|interpreteren|-1.95
p:hij thuis|geruststellen|-0.98
p:hij thuis|ondervragen|1.0
p:hij thuis|vervolgafspraak|-1.0
p:hij toch|moraliseren|0.93
p:hij trekt|etiketteren|-0.99
p:hij van|bekritiseren|-0.79
p:hij vanaf|samenvatting|-1.0
p:hij vanaf|geruststellen|-1.0
p:hij veel|open-vraag|-0.99
p:hij verveelt|interpreteren|0.99
p:hij voelt|parafrase|-0.92
p:hij voelt|samenvatting|0.9
p:hij volgend|waarschuwen|0.96
p:hij volgend|prijzen|-0.84
p:hij was|waarschuwen|-0.99
p:hij was|argumenteren|0.99
p:hij weer|samenvatting|0.9
p:hij wil|jij-boodschap|-0.97
p:hij wil|bekritiseren|-0.72
p:hij wil|prijzen|0.96
p:hij wil|interpreteren|0.93
p:hij woensdag|prijzen|0.83
p:hij wordt|parafrase|0.92
p:hij wordt|samenvatting|-0.92
p:hij zegt|aanmoediging|-0.76
p:hij zelf|interpreteren|0.96
p:hij zich|ik-boodschap|-1.0
p:hij zich|parafrase|-0.12
p:hij zich|gevoelsreflectie|-0.87
p:hij zich|samenvatting|1.0
p:hij zich|open-vraag|-1.0
p:hij zich|bevelen|-1.0
p:hij zich|interpreteren|-0.97
p:hij zijn|bevelen|0.48
p:hij zijn|waarschuwen|0.94
p:hij zijn|bekritiseren|0.92
p:hij zijn|etiketteren|-0.95
p:hij zijn|ondervragen|-0.95
p:hij zit|ik-boodschap|-0.94
p:hij zit|jij-boodschap|-0.49
p:hij zit|waarschuwen|-0.94
p:hij zit|moraliseren|-0.96
p:hij zit|argumenteren|-0.99
p:hij zit|interpreteren|-0.99
p:hij zitten|waarschuwen|1.0
p:hij zitten|bekritiseren|-0.9
p:hij zitten|ondervragen|-1.0
p:hij zo|moraliseren|-0.96
p:hij zo|bekritiseren|-0.79
p:hij zo|geruststellen|0.98
p:hij zo|afleiden|-0.98
p:hij zoekt|bevelen|-0.91
p:hm en|gevoelsreflectie|-0.88
p:hm en|aanmoediging|1.0
p:hm en|etiketteren|-1.0
p:hm hm|gevoelsreflectie|-0.88
p:hm hm|aanmoediging|1.0
p:hm hm|etiketteren|-1.0
p:hockeymoeder reactie|etiketteren|0.99
p:hoe bevalt|open-vraag|-1.71
p:hoe bevalt|afleiden|0.97
p:hoe dat|parafrase|-0.85
p:hoe de|jij-boodschap|-0.94
p:hoe denkt|gevoelsreflectie|-1.0
p:hoe en|gevoelsreflectie|-0.92
p:hoe gaat|ik-boodschap|0.98
p:hoe gaat|parafrase|-0.9
p:hoe gaat|gevoelsreflectie|0.71
p:hoe gaat|samenvatting|-0.92
p:hoe gaat|open-vraag|1.96
p:hoe gaat|aanmoediging|-1.0
p:hoe gaat|waarschuwen|-1.0
p:hoe gaat|bekritiseren|-0.88
p:hoe gaat|afleiden|-0.68
p:hoe heeft|ondervragen|-0.99
p:hoe het|samenvatting|0.16
p:hoe het|open-vraag|-0.7
p:hoe het|adviseren|0.82
p:hoe het|afronding-aankondigen|-0.94
p:hoe het|vervolgafspraak|3.79
p:hoe hij|ik-boodschap|-1.0
p:hoe hij|parafrase|-1.0
p:hoe hij|samenvatting|1.0
p:hoe hij|bevelen|-1.0
p:hoe hij|interpreteren|-1.0
p:hoe ik|bekritiseren|0.96
p:hoe is|ik-boodschap|-0.6
p:hoe is|gevoelsreflectie|-0.84
p:hoe is|samenvatting|-0.75
p:hoe is|open-vraag|1.94
p:hoe is|prijzen|-0.98
p:hoe is|afleiden|-1.0
p:hoe kan|jij-boodschap|0.67
p:hoe kan|open-vraag|-0.95
p:hoe kan|bekritiseren|0.81
p:hoe kevin|ik-boodschap|0.86
p:hoe kijk|open-vraag|0.64
p:hoe kijkt|jij-boodschap|-0.71
p:hoe kijkt|open-vraag|0.97
p:hoe kijkt|bekritiseren|-1.79
p:hoe komt|open-vraag|1.0
p:hoe kunnen|open-vraag|1.0
p:hoe kwam|open-vraag|0.98
p:hoe laat|ik-boodschap|-1.0
p:hoe laat|open-vraag|-1.97
p:hoe laat|adviseren|-0.99
p:hoe laat|interpreteren|-1.0
p:hoe laat|ondervragen|1.0
p:hoe laat|afleiden|-0.95
p:hoe laat|vervolgafspraak|-1.0
p:hoe laat|bedanken|-0.95
p:hoe merkt|ik-boodschap|0.71
p:hoe merkt|open-vraag|0.92
p:hoe u|prijzen|0.85
p:hoe was|open-vraag|-0.98
p:hoe was|geruststellen|0.92
p:hoe was|ondervragen|-0.77
p:hoe was|afleiden|2.68
p:hoe zie|parafrase|-1.0
p:hoe zie|ondervragen|-1.0
p:hoe ziet|vervolgafspraak|-0.87
p:hoeft je|waarschuwen|-0.81
p:hoeft nergens|geruststellen|0.97
p:hoeft niet|ik-boodschap|-1.0
p:hoeft niet|geruststellen|1.0
p:hoeft u|moraliseren|-0.86
p:hoeft u|interpreteren|-0.97
p:hoeft u|afleiden|1.71
p:hoeft zich|bekritiseren|-0.5
p:hoeveel uren|moraliseren|-1.0
p:hoeveel uren|bekritiseren|1.0
p:hoeveel uren|prijzen|-1.0
p:hoeveel uur|bevelen|-0.73
p:hoeveel uur|waarschuwen|-0.94
p:hoezo was|ondervragen|0.99
p:hoi bram|jij-boodschap|-0.8
p:hoi bram|bekritiseren|-0.8
p:hoi bram|geruststellen|-0.79
p:hoi ga|bevelen|-1.42
p:hoofd nooit|bekritiseren|0.83
p:hoofd op|gevoelsreflectie|-0.79
p:hoofd op|open-vraag|0.97
p:hoofdstuk achter|waarschuwen|-0.93
p:hoog omdat|adviseren|-0.98
p:hoogte ?|ondervragen|0.99
p:hoogte heeft|gevoelsreflectie|1.0
p:hoogte is|prijzen|0.99
p:hoogte is|geruststellen|-0.99
p:hoogte volgende|bedanken|0.95
p:hoor bent|gevoelsreflectie|1.0
p:hoor bent|aanmoediging|-0.96
p:hoor daar|etiketteren|0.91
p:hoor daar|afleiden|-0.66
p:hoor dat|parafrase|-0.94
p:hoor dat|gevoelsreflectie|1.72
p:hoor dat|open-vraag|0.69
p:hoor dat|aanmoediging|-0.99
p:hoor dat|etiketteren|-0.91
p:hoor dat|geruststellen|0.72
p:hoor dat|afleiden|-0.81
p:hoor heb|samenvatting|-1.0
p:hoor hoe|prijzen|0.85
p:hoor ik|aanmoediging|1.65
p:hoor ik|bevelen|-0.97
p:hoor ik|geruststellen|-0.94
p:hoor ik|ondervragen|0.95
p:hoor ik|vervolgafspraak|-0.91
p:hoor is|gevoelsreflectie|0.88
p:hoor is|open-vraag|-0.63
p:hoor is|bedanken|-0.98
p:hoor je|aanmoediging|0.99
p:hoor je|moraliseren|1.0
p:hoor je|argumenteren|0.65
p:hoor je|prijzen|1.0
p:hoor slaapt|gevoelsreflectie|-0.99
p:hoor slaapt|adviseren|-0.99
p:hoor u|parafrase|0.84
p:hoor u|gevoelsreflectie|-0.83
p:hoor voelt|parafrase|0.91
p:hoor wij|geruststellen|0.97
p:hoorde ik|prijzen|-1.0
p:hoort alleen|bekritiseren|-1.8
p:hoort bij|bevelen|-0.94
p:hoort bij|geruststellen|0.94
p:hoort bij|afleiden|-0.92
p:hoort dan|bekritiseren|-1.76
p:hoort er|afleiden|-0.57
p:hoort gewoon|argumenteren|-1.0
p:hoort gewoon|interpreteren|-0.82
p:hoort gewoon|afleiden|0.86
p:hoort het|moraliseren|0.96
p:hoort je|jij-boodschap|-1.0
p:hoort je|bevelen|-1.0
p:hoort je|waarschuwen|-0.99
p:hoort je|moraliseren|1.0
p:hoort je|afleiden|-1.0
p:hoort nu|moraliseren|-0.86
p:hoort nu|interpreteren|-0.97
p:hoort nu|afleiden|1.71
p:hoort om|moraliseren|0.98
p:hoort om|bekritiseren|-0.94
p:hoort respect|etiketteren|-0.99
p:hoort te|moraliseren|0.95
p:hoort te|bekritiseren|0.95
p:hoort te|geruststellen|-0.89
p:hoort u|moraliseren|0.9
p:hoort zijn|waarschuwen|1.0
p:hoort zijn|adviseren|-1.0
p:hoort zijn|prijzen|-1.0
p:horen gewoon|geruststellen|-1.0
p:horen hoe|ik-boodschap|0.93
p:horen hoe|vervolgafspraak|0.93
p:horen hun|adviseren|-0.99
p:hou daar|bevelen|0.94
p:hou daar|bekritiseren|0.65
p:hou je|jij-boodschap|-1.0
p:hou je|bevelen|1.0
p:hou je|moraliseren|-1.0
p:hou je|bekritiseren|-1.0
p:houd de|bedanken|0.95
p:houden anders|bevelen|0.47
p:houden contact|aanmoediging|-0.91
p:houden en|geruststellen|-0.96
p:houden je|bekritiseren|0.95
p:houden niet|moraliseren|0.99
p:houden zijn|samenvatting|0.96
p:houden zijn|vervolgafspraak|0.96
p:houding helpt|jij-boodschap|-0.98
p:houding van|moraliseren|-0.94
p:houdt hem|geruststellen|0.65
p:houdt hoe|jij-boodschap|-0.71
p:houdt hoe|open-vraag|0.97
p:houdt hoe|bekritiseren|-1.79
p:houdt tijdens|open-vraag|-0.88
p:huis eigenlijk|open-vraag|-1.71
p:huis eigenlijk|afleiden|0.97
p:huis fietst|ik-boodschap|-0.99
p:huis uit|moraliseren|0.98
p:huis uit|bekritiseren|-0.98
p:huisarts kunnen|gevoelsreflectie|0.85
p:huisarts op|samenvatting|0.93
p:huisarts op|vervolgafspraak|0.93
p:huisarts te|jij-boodschap|-0.96
p:huiswerk ?|aanmoediging|-1.0
p:huiswerk ?|bekritiseren|-0.82
p:huiswerk ?|afleiden|-1.0
p:huiswerk afspreken|interpreteren|-0.99
p:huiswerk bij|moraliseren|0.99
p:huiswerk blijft|samenvatting|0.92
p:huiswerk dat|adviseren|-0.83
p:huiswerk de|ik-boodschap|0.98
p:huiswerk de|parafrase|-0.9
p:huiswerk de|open-vraag|0.98
p:huiswerk de|bekritiseren|-0.87
p:huiswerk gecontroleerd|ondervragen|0.95
p:huiswerk gewoon|jij-boodschap|-1.0
p:huiswerk gewoon|moraliseren|1.0
p:huiswerk in|vervolgafspraak|-0.91
p:huiswerk lukt|geruststellen|-0.93
p:huiswerk maakt|bekritiseren|0.92
p:huiswerk maken|adviseren|0.99
p:huiswerk niet|ik-boodschap|0.85
p:huiswerk niet|adviseren|0.93
p:huiswerk niet|argumenteren|-0.91
p:huiswerk niet|ondervragen|0.97
p:huiswerk niet|vervolgafspraak|1.83
p:huiswerk nooit|bekritiseren|0.83
p:huiswerk regelmatig|etiketteren|-0.95
p:huiswerk staat|argumenteren|-0.97
p:huiswerk te|waarschuwen|1.0
p:huiswerk te|adviseren|-1.0
p:huiswerk te|prijzen|-1.0
p:huiswerk te|geruststellen|-1.0
p:huiswerk uren|samenvatting|0.95
p:huiswerk uren|bedanken|0.89
p:huiswerk weer|open-vraag|-0.95
p:huiswerk wel|open-vraag|0.98
p:huiswerkbegeleiding ?|adviseren|0.99
p:huiswerkklas en|samenvatting|0.86
p:huiswerkklas gaan|waarschuwen|-0.97
p:huiswerkklas gaan|adviseren|0.97
p:huiswerkklas is|samenvatting|0.97
p:huiswerkklas zitten|bevelen|-0.94
p:huiswerkmoment afspreken|prijzen|-0.87
p:huiswerkopdracht ingelevert|ik-boodschap|1.0
p:huiswerkopdracht ingelevert|jij-boodschap|-1.0
p:huiswerkopdracht ingelevert|bekritiseren|-1.0
p:huiswerkritme er|prijzen|0.85
p:huiswerktijd afspreken|ik-boodschap|0.93
p:huiswerktijd afspreken|adviseren|0.93
p:huiswerktijd afspreken|vervolgafspraak|0.93
p:huiswerkuur in|adviseren|1.0
p:hulp bij|afronding-aankondigen|-0.94
p:hulp kunnen|adviseren|0.86
p:hulp nodig|prijzen|0.72
p:hulp op|bekritiseren|-0.98
p:hun concentratie|parafrase|-0.99
p:hun huiswerk|geruststellen|-1.0
p:hun kluisje|adviseren|-0.99
p:hun telefoon|moraliseren|0.95
p:hun telefoon|adviseren|-0.99
p:hun vraag|ik-boodschap|1.77
p:hysterisch en|bevelen|2.99
p:hè ?|ik-boodschap|-0.71
p:hè ?|gevoelsreflectie|0.88
p:hé bram|afleiden|-0.77
p:idee dat|ik-boodschap|-0.93
p:idee dat|parafrase|-0.91
p:idee dat|prijzen|-0.98
p:idee dat|interpreteren|1.89
p:idee om|jij-boodschap|-0.96
p:idee om|interpreteren|-0.93
p:idee om|geruststellen|-0.97
p:idee zou|waarschuwen|-1.0
p:iedereen haalt|afleiden|0.96
p:iedereen is|jij-boodschap|0.95
p:iedereen is|samenvatting|-0.95
p:iedereen is|bekritiseren|0.95
p:iedereen wel|geruststellen|-1.65
p:iedereen wel|afleiden|0.79
p:iemand anders|parafrase|-0.99
p:iemand anders|moraliseren|-0.99
p:iemand anders|afronding-aankondigen|-0.99
p:iemand hebt|moraliseren|1.0
p:iemand hebt|argumenteren|-1.0
p:iemand hebt|interpreteren|-0.82
p:iemand pijn|bevelen|-1.0
p:iemand pijn|waarschuwen|-0.99
p:iemand pijn|afleiden|-1.0
p:iemand uitlachen|moraliseren|0.97
p:iemand uitschelden|jij-boodschap|-1.69
p:iemand uitschelden|moraliseren|0.99
p:iemand uitschelden|bekritiseren|-2.0
p:iets anders|jij-boodschap|-0.96
p:iets anders|bevelen|-0.99
p:iets heel|afleiden|0.87
p:iets is|gevoelsreflectie|-1.0
p:iets is|open-vraag|-1.0
p:iets is|vervolgafspraak|1.0
p:iets leukers|afleiden|1.0
p:iets niet|moraliseren|-0.93
p:iets over|gevoelsreflectie|0.95
p:iets uitleg|gevoelsreflectie|-0.96
p:iets uitleg|waarschuwen|-0.98
p:iets van|etiketteren|-0.99
p:iets verkeerd|jij-boodschap|-0.99
p:iets verkeerd|bekritiseren|-0.99
p:iets verkeerd|geruststellen|-0.61
p:iets vroeg|ik-boodschap|0.96
p:ik alles|samenvatting|1.0
p:ik alles|waarschuwen|-0.96
p:ik alles|adviseren|-0.83
p:ik app|vervolgafspraak|0.76
p:ik baal|geruststellen|-1.0
p:ik balen|gevoelsreflectie|-0.86
p:ik balen|open-vraag|0.95
p:ik bedoel|interpreteren|-0.96
p:ik begrijp|gevoelsreflectie|-0.22
p:ik begrijp|open-vraag|0.62
p:ik begrijp|argumenteren|0.42
p:ik begrijp|bekritiseren|0.77
p:ik bel|parafrase|-0.91
p:ik bel|afronding-aankondigen|-0.93
p:ik bel|vervolgafspraak|1.86
p:ik bel|bedanken|-0.97
p:ik ben|ik-boodschap|1.13
p:ik ben|jij-boodschap|-0.12
p:ik ben|gevoelsreflectie|-0.84
p:ik ben|open-vraag|0.88
p:ik ben|aanmoediging|1.0
p:ik ben|adviseren|-1.0
p:ik ben|bekritiseren|-0.95
p:ik ben|prijzen|-0.84
p:ik ben|interpreteren|-1.0
p:ik ben|geruststellen|-0.88
p:ik ben|bedanken|0.77
p:ik beëindig|afronding-aankondigen|0.97
p:ik dan|waarschuwen|-1.0
p:ik dan|moraliseren|-1.0
p:ik dan|bekritiseren|-1.0
p:ik dat|ik-boodschap|0.93
p:ik dat|parafrase|-0.99
p:ik dat|bevelen|0.98
p:ik dat|interpreteren|-0.93
p:ik de|ik-boodschap|-1.53
p:ik de|parafrase|0.91
p:ik de|samenvatting|-1.0
p:ik de|open-vraag|0.64
p:ik de|adviseren|0.81
p:ik de|argumenteren|-0.76
p:ik de|afronding-aankondigen|-0.98
p:ik de|vervolgafspraak|-1.0
p:ik denk|jij-boodschap|0.76
p:ik denk|bevelen|-0.98
p:ik denk|argumenteren|-1.0
p:ik denk|bekritiseren|1.67
p:ik denk|etiketteren|0.98
p:ik denk|interpreteren|1.06
p:ik denk|geruststellen|0.9
p:ik denk|afronding-aankondigen|0.94
p:ik denk|vervolgafspraak|-0.98
p:ik die|adviseren|1.0
p:ik die|bekritiseren|0.85
p:ik die|etiketteren|-1.0
p:ik dit|ik-boodschap|-1.0
p:ik dit|jij-boodschap|1.0
p:ik dit|waarschuwen|0.92
p:ik dit|bekritiseren|1.0
p:ik echt|ik-boodschap|0.9
p:ik echt|gevoelsreflectie|-0.96
p:ik echt|bekritiseren|-0.11
p:ik een|argumenteren|-0.76
p:ik een|vervolgafspraak|-0.97
p:ik er|ik-boodschap|1.0
p:ik er|jij-boodschap|-1.0
p:ik erger|gevoelsreflectie|-1.0
p:ik erger|bekritiseren|1.0
p:ik even|afronding-aankondigen|-0.9
p:ik ga|ik-boodschap|-1.0
p:ik ga|bevelen|-0.46
p:ik ga|geruststellen|-1.0
p:ik ga|vervolgafspraak|-1.86
p:ik ga|bedanken|-0.95
p:ik geen|vervolgafspraak|-0.97
p:ik haar|ik-boodschap|0.74
p:ik had|bekritiseren|-3.23
p:ik heb|jij-boodschap|-0.43
p:ik heb|gevoelsreflectie|-0.86
p:ik heb|aanmoediging|0.67
p:ik heb|bevelen|-0.84
p:ik heb|argumenteren|1.59
p:ik heb|interpreteren|0.98
p:ik heb|vervolgafspraak|-0.94
p:ik hem|open-vraag|0.96
p:ik hem|aanmoediging|-0.97
p:ik hem|bevelen|0.57
p:ik hem|waarschuwen|2.93
p:ik hem|adviseren|-0.93
p:ik hem|bekritiseren|-0.96
p:ik hem|prijzen|0.92
p:ik hem|vervolgafspraak|0.91
p:ik het|ik-boodschap|-1.77
p:ik het|samenvatting|-1.07
p:ik het|open-vraag|-2.61
p:ik het|waarschuwen|0.92
p:ik het|geruststellen|-1.0
p:ik het|afronding-aankondigen|0.91
p:ik hier|ik-boodschap|-1.0
p:ik hiermee|bevelen|0.97
p:ik hiermee|geruststellen|-0.97
p:ik hoor|parafrase|-0.14
p:ik hoor|gevoelsreflectie|0.88
p:ik hoor|bedanken|-0.98
p:ik houd|bedanken|0.95
p:ik iets|gevoelsreflectie|-0.96
p:ik iets|waarschuwen|-0.98
p:ik jammer|ik-boodschap|0.93
p:ik jammer|open-vraag|1.0
p:ik jammer|adviseren|0.93
p:ik jammer|vervolgafspraak|0.91
p:ik je|parafrase|0.98
p:ik je|gevoelsreflectie|-0.99
p:ik je|samenvatting|-0.95
p:ik je|waarschuwen|0.95
p:ik je|adviseren|-0.99
p:ik je|afronding-aankondigen|0.95
p:ik je|vervolgafspraak|1.81
p:ik je|bedanken|0.55
p:ik jou|waarschuwen|-0.97
p:ik jou|adviseren|0.97
p:ik jou|afleiden|-0.92
p:ik jullie|adviseren|1.0
p:ik jullie|bekritiseren|0.85
p:ik jullie|etiketteren|-1.0
p:ik kan|ik-boodschap|0.1
p:ik kan|gevoelsreflectie|0.92
p:ik kan|open-vraag|-0.65
p:ik lastig|ik-boodschap|1.0
p:ik lastig|parafrase|-0.91
p:ik lastig|argumenteren|-0.76
p:ik later|bevelen|-0.99
p:ik luister|parafrase|-1.0
p:ik luister|gevoelsreflectie|-0.12
p:ik luister|open-vraag|-0.94
p:ik luister|aanmoediging|1.88
p:ik luister|waarschuwen|-1.0
p:ik maak|adviseren|1.0
p:ik maak|argumenteren|-0.97
p:ik maak|interpreteren|-0.94
p:ik maak|geruststellen|-0.95
p:ik maak|afleiden|-0.99
p:ik maandag|ik-boodschap|0.98
p:ik maandag|vervolgafspraak|-0.98
p:ik maar|gevoelsreflectie|0.96
p:ik maar|argumenteren|-0.99
p:ik maar|geruststellen|1.01
p:ik maar|ondervragen|0.95
p:ik mail|samenvatting|-0.93
p:ik mail|vervolgafspraak|0.99
p:ik me|ik-boodschap|0.97
p:ik me|adviseren|-0.97
p:ik merk|ik-boodschap|-1.02
p:ik merk|gevoelsreflectie|0.16
p:ik merk|open-vraag|-0.94
p:ik merk|aanmoediging|0.88
p:ik merk|geruststellen|-1.0
p:ik met|ik-boodschap|-0.93
p:ik met|samenvatting|0.94
p:ik mijn|ik-boodschap|-0.99
p:ik mijn|bekritiseren|0.96
p:ik mijn|interpreteren|-0.99
p:ik mo|ik-boodschap|0.92
p:ik mo|waarschuwen|-0.92
p:ik mo|adviseren|-0.92
p:ik moet|waarschuwen|0.83
p:ik moet|vervolgafspraak|-0.92
p:ik naar|ik-boodschap|0.97
p:ik naar|waarschuwen|-0.97
p:ik naar|adviseren|0.97
p:ik niet|ik-boodschap|1.0
p:ik niet|parafrase|-0.91
p:ik niet|open-vraag|-0.98
p:ik niet|afronding-aankondigen|-0.94
p:ik niet|vervolgafspraak|-0.92
p:ik niets|parafrase|-0.99
p:ik niets|bedanken|-0.99
p:ik nu|ik-boodschap|-0.91
p:ik nu|bevelen|-0.8
p:ik nu|argumenteren|-0.99
p:ik nu|ondervragen|-0.96
p:ik nu|afleiden|0.99
p:ik ook|ik-boodschap|0.71
p:ik ook|gevoelsreflectie|-0.94
p:ik ook|argumenteren|0.67
p:ik overleg|samenvatting|0.93
p:ik overleg|vervolgafspraak|1.9
p:ik plan|gevoelsreflectie|0.76
p:ik plan|samenvatting|0.86
p:ik plan|adviseren|-0.95
p:ik plan|afronding-aankondigen|-1.0
p:ik plan|vervolgafspraak|1.92
p:ik praat|samenvatting|0.86
p:ik regel|parafrase|0.99
p:ik regel|samenvatting|-0.85
p:ik snap|gevoelsreflectie|0.99
p:ik snap|bevelen|0.97
p:ik snap|geruststellen|1.0
p:ik spreek|jij-boodschap|-0.94
p:ik spreek|adviseren|-1.0
p:ik spreek|afronding-aankondigen|-0.97
p:ik spreek|vervolgafspraak|0.96
p:ik stel|vervolgafspraak|0.99
p:ik stel|bedanken|-0.77
p:ik stoppen|gevoelsreflectie|-0.96
p:ik stuur|ik-boodschap|-0.98
p:ik stuur|parafrase|-1.0
p:ik stuur|open-vraag|-1.0
p:ik stuur|aanmoediging|-0.99
p:ik stuur|waarschuwen|0.99
p:ik stuur|afronding-aankondigen|0.93
p:ik stuur|vervolgafspraak|1.0
p:ik tegelijk|ik-boodschap|0.56
p:ik typerend|ik-boodschap|-1.0
p:ik typerend|jij-boodschap|1.0
p:ik typerend|bekritiseren|1.0
p:ik u|ik-boodschap|-1.0
p:ik u|jij-boodschap|-0.94
p:ik u|parafrase|1.91
p:ik u|gevoelsreflectie|0.97
p:ik u|samenvatting|-1.0
p:ik u|open-vraag|0.99
p:ik u|aanmoediging|-0.96
p:ik u|bevelen|-0.53
p:ik u|waarschuwen|1.0
p:ik u|adviseren|0.81
p:ik u|afleiden|-0.97
p:ik u|vervolgafspraak|0.98
p:ik u|bedanken|0.95
p:ik van|ik-boodschap|0.96
p:ik van|parafrase|0.99
p:ik van|bekritiseren|-0.96
p:ik verdrietig|samenvatting|-0.96
p:ik vervelend|open-vraag|-0.34
p:ik verwacht|bevelen|0.65
p:ik vind|aanmoediging|-1.0
p:ik vind|waarschuwen|-1.0
p:ik vind|moraliseren|-1.0
p:ik vind|bekritiseren|1.03
p:ik voel|ik-boodschap|-0.93
p:ik vond|ik-boodschap|2.76
p:ik vond|bekritiseren|0.59
p:ik vraag|ik-boodschap|-0.88
p:ik vraag|jij-boodschap|0.7
p:ik vraag|bevelen|0.89
p:ik vraag|ondervragen|-0.94
p:ik wacht|bevelen|-0.97
p:ik weet|geruststellen|0.99
p:ik wel|geruststellen|1.0
p:ik wil|open-vraag|0.96
p:ik wil|bekritiseren|0.96
p:ik wil|interpreteren|-0.91
p:ik wil|afronding-aankondigen|1.91
p:ik wil|vervolgafspraak|-0.96
p:ik wil|bedanken|0.99
p:ik wilt|gevoelsreflectie|0.95
p:ik word|ik-boodschap|0.93
p:ik word|gevoelsreflectie|-0.88
p:ik word|vervolgafspraak|-0.84
p:ik zag|ik-boodschap|-0.71
p:ik zeg|ik-boodschap|-0.92
p:ik zeg|bevelen|-0.99
p:ik zeg|geruststellen|0.95
p:ik zet|bekritiseren|-0.84
p:ik zie|ik-boodschap|1.0
p:ik zie|jij-boodschap|-0.75
p:ik zie|parafrase|-0.9
p:ik zie|gevoelsreflectie|0.33
p:ik zie|open-vraag|0.23
p:ik zie|adviseren|0.87
p:ik zit|etiketteren|-0.98
p:ik zit|afronding-aankondigen|-0.94
p:ik zo|bekritiseren|-2.73
p:ik zou|adviseren|0.97
p:ik zwaar|ik-boodschap|0.99
p:in 2b|jij-boodschap|-0.87
p:in 2b|bekritiseren|-0.11
p:in 2b|vervolgafspraak|-1.0
p:in ?|adviseren|1.0
p:in actie|bekritiseren|-2.11
p:in als|adviseren|1.0
p:in als|bekritiseren|0.85
p:in als|etiketteren|-1.0
p:in bed|moraliseren|0.98
p:in bed|bekritiseren|-0.94
p:in bij|bevelen|0.92
p:in dat|argumenteren|-0.95
p:in dat|bekritiseren|-2.73
p:in dat|prijzen|1.7
p:in dat|geruststellen|-0.86
p:in de|ik-boodschap|-0.83
p:in de|jij-boodschap|1.14
p:in de|parafrase|0.91
p:in de|open-vraag|-0.74
p:in de|bevelen|0.82
p:in de|waarschuwen|0.89
p:in de|moraliseren|0.95
p:in de|adviseren|0.11
p:in de|argumenteren|-0.78
p:in de|etiketteren|-0.93
p:in de|geruststellen|0.72
p:in de|afleiden|0.98
p:in deze|open-vraag|0.99
p:in een|adviseren|0.83
p:in een|geruststellen|0.91
p:in elke|geruststellen|-0.93
p:in elke|afleiden|0.93
p:in goede|argumenteren|-0.63
p:in groep|ik-boodschap|-0.91
p:in groepjes|jij-boodschap|-0.83
p:in haar|open-vraag|-0.97
p:in hebt|jij-boodschap|0.76
p:in hebt|bekritiseren|2.68
p:in hebt|interpreteren|-1.81
p:in heeft|ondervragen|-0.96
p:in het|ik-boodschap|2.41
p:in het|parafrase|-0.93
p:in het|gevoelsreflectie|-0.79
p:in het|bevelen|-0.92
p:in het|argumenteren|0.99
p:in het|bekritiseren|-0.82
p:in het|ondervragen|0.95
p:in het|vervolgafspraak|-0.98
p:in hoe|ik-boodschap|-0.91
p:in houdt|open-vraag|-0.88
p:in hun|adviseren|-0.99
p:in je|ik-boodschap|0.96
p:in je|jij-boodschap|0.88
p:in je|bevelen|-0.84
p:in je|bekritiseren|0.96
p:in je|bedanken|-0.64
p:in jezelf|geruststellen|-0.97
p:in jouw|adviseren|0.97
p:in lokaal|vervolgafspraak|0.95
p:in magister|parafrase|-1.0
p:in magister|gevoelsreflectie|-1.0
p:in magister|samenvatting|-1.0
p:in magister|open-vraag|-1.0
p:in magister|aanmoediging|-1.0
p:in magister|bevelen|-1.0
p:in magister|waarschuwen|-1.0
p:in magister|moraliseren|-1.0
p:in magister|adviseren|-1.0
p:in magister|argumenteren|0.93
p:in magister|bekritiseren|-0.29
p:in magister|prijzen|-1.0
p:in magister|etiketteren|-1.0
p:in magister|interpreteren|-1.0
p:in magister|geruststellen|-1.0
p:in magister|ondervragen|-1.0
p:in magister|afleiden|-1.0
p:in magister|afronding-aankondigen|-1.0
p:in magister|vervolgafspraak|-1.91
p:in magister|bedanken|-1.0
p:in met|adviseren|-0.95
p:in met|afronding-aankondigen|-1.0
p:in met|vervolgafspraak|1.0
p:in mijn|samenvatting|0.8
p:in mijn|moraliseren|0.86
p:in mijn|adviseren|-0.96
p:in moet|ik-boodschap|-0.93
p:in plaats|adviseren|-0.9
p:in plaats|interpreteren|-0.99
p:in samen|afronding-aankondigen|0.97
p:in school|open-vraag|1.0
p:in september|argumenteren|0.99
p:in te|moraliseren|-0.94
p:in voor|gevoelsreflectie|0.76
p:in voor|samenvatting|0.86
p:in voor|vervolgafspraak|0.92
p:in wiskunde|interpreteren|0.82
p:in zijn|jij-boodschap|-0.92
p:in zijn|moraliseren|-0.96
p:in zonder|bevelen|1.0
p:in één|ik-boodschap|0.71
p:in één|open-vraag|0.92
p:incident op|afleiden|0.95
p:incident volgt|waarschuwen|0.99
p:incident zouden|open-vraag|-0.99
p:indruk maken|interpreteren|1.0
p:informatie u|gevoelsreflectie|-0.73
p:ingeleverd dus|ik-boodschap|1.93
p:ingeleverd dus|jij-boodschap|-0.43
p:ingeleverd dus|bekritiseren|-0.94
p:ingeleverd werkstuk|argumenteren|0.65
p:ingezet dat|jij-boodschap|0.89
p:ingezet dat|bekritiseren|0.89
p:inhalen en|ik-boodschap|0.99
p:inlevert mag|waarschuwen|0.97
p:inschrijven voor|ik-boodschap|0.99
p:instelling is|bekritiseren|0.99
p:instelling is|etiketteren|-0.99
p:intern begeleider|afronding-aankondigen|-0.98
p:internet doet|moraliseren|0.97
p:iris de|waarschuwen|-0.87
p:irritant dat|bekritiseren|0.88
p:irriteert me|samenvatting|-1.0
p:irriteert me|vervolgafspraak|-1.0
p:is ?|gevoelsreflectie|-1.0
p:is ?|open-vraag|-1.0
p:is ?|bekritiseren|0.98
p:is ?|vervolgafspraak|1.0
p:is afgevallen|adviseren|-0.93
p:is al|ik-boodschap|1.0
p:is al|jij-boodschap|-1.0
p:is als|prijzen|0.99
p:is als|geruststellen|-0.99
p:is beter|samenvatting|0.92
p:is daar|parafrase|0.95
p:is dat|gevoelsreflectie|0.63
p:is dat|open-vraag|0.32
p:is dat|bevelen|0.82
p:is dat|waarschuwen|-0.94
p:is dat|argumenteren|0.91
p:is dat|bedanken|-0.98
p:is de|jij-boodschap|1.68
p:is degene|jij-boodschap|1.71
p:is dit|bekritiseren|0.99
p:is dit|etiketteren|-1.93
p:is duidelijk|gevoelsreflectie|0.96
p:is duidelijk|adviseren|-0.91
p:is duidelijk|argumenteren|0.95
p:is duidelijk|etiketteren|-0.95
p:is echt|jij-boodschap|-2.52
p:is echt|moraliseren|-0.99
p:is echt|bekritiseren|0.76
p:is echt|etiketteren|1.87
p:is een|samenvatting|0.97
p:is een|argumenteren|-1.93
p:is een|bekritiseren|-0.14
p:is een|etiketteren|1.0
p:is er|parafrase|-0.93
p:is er|open-vraag|0.69
p:is erg|bekritiseren|-2.12
p:is gebeurd|ik-boodschap|0.93
p:is gebeurd|gevoelsreflectie|-0.84
p:is geduwd|gevoelsreflectie|0.86
p:is geen|argumenteren|-0.64
p:is geen|bekritiseren|0.98
p:is gewoon|jij-boodschap|1.0
p:is gewoon|moraliseren|-0.13
p:is gewoon|bekritiseren|-3.03
p:is gewoon|etiketteren|1.0
p:is gewoon|interpreteren|-0.89
p:is geworden|etiketteren|0.98
p:is geworden|ondervragen|-0.95
p:is gezakt|ik-boodschap|0.71
p:is gezakt|open-vraag|0.92
p:is heel|argumenteren|1.51
p:is heel|geruststellen|1.13
p:is heel|afleiden|-0.95
p:is het|parafrase|0.91
p:is het|gevoelsreflectie|-0.84
p:is het|samenvatting|1.0
p:is het|open-vraag|0.99
p:is het|moraliseren|0.85
p:is het|adviseren|1.84
p:is het|bekritiseren|-0.69
p:is het|prijzen|-0.98
p:is het|afleiden|0.98
p:is heus|geruststellen|0.89
p:is hier|argumenteren|-0.63
p:is hij|ik-boodschap|-1.0
p:is hij|interpreteren|0.98
p:is hij|ondervragen|1.0
p:is hij|vervolgafspraak|-1.0
p:is jouw|moraliseren|0.99
p:is kader|adviseren|-0.9
p:is logisch|argumenteren|0.92
p:is maar|gevoelsreflectie|-0.86
p:is maar|moraliseren|-0.92
p:is maar|bekritiseren|0.75
p:is maar|geruststellen|1.02
p:is mag|moraliseren|-0.93
p:is misschien|interpreteren|0.99
p:is misschien|geruststellen|-0.97
p:is niet|argumenteren|0.68
p:is niet|geruststellen|1.65
p:is niet|afleiden|-0.81
p:is nou|moraliseren|-0.92
p:is nou|argumenteren|1.83
p:is nou|geruststellen|-0.9
p:is nou|afleiden|-0.91
p:is nu|afleiden|0.93
p:is om|adviseren|0.98
p:is om|bekritiseren|-0.72
p:is om|vervolgafspraak|-0.99
p:is omdat|argumenteren|-1.0
p:is omdat|interpreteren|1.0
p:is ontzettend|bekritiseren|0.59
p:is sophie|gevoelsreflectie|0.88
p:is t|ik-boodschap|-0.62
p:is t|samenvatting|-0.75
p:is t|afleiden|-1.0
p:is tegen|jij-boodschap|0.95
p:is tegen|samenvatting|-0.95
p:is tegen|bekritiseren|0.95
p:is thuis|open-vraag|-0.95
p:is thuis|geruststellen|-0.89
p:is tijd|moraliseren|-0.85
p:is tijd|afronding-aankondigen|0.99
p:is toch|argumenteren|0.46
p:is toch|etiketteren|-0.96
p:is toch|afleiden|1.92
p:is totaal|bekritiseren|0.41
p:is twee|ik-boodschap|-1.0
p:is twee|jij-boodschap|-1.0
p:is twee|parafrase|-1.0
p:is twee|gevoelsreflectie|-1.0
p:is twee|samenvatting|-1.0
p:is twee|open-vraag|-1.0
p:is twee|aanmoediging|-1.0
p:is twee|bevelen|-1.0
p:is twee|waarschuwen|-1.0
p:is twee|moraliseren|-1.0
p:is twee|adviseren|-1.0
p:is twee|argumenteren|1.0
p:is twee|bekritiseren|-1.0
p:is twee|prijzen|-1.0
p:is twee|etiketteren|-1.0
p:is twee|interpreteren|-1.0
p:is twee|geruststellen|-1.0
p:is twee|ondervragen|-1.0
p:is twee|afleiden|-1.0
p:is twee|afronding-aankondigen|-1.0
p:is twee|vervolgafspraak|-1.0
p:is twee|bedanken|-1.0
p:is uw|jij-boodschap|-0.6
p:is uw|moraliseren|0.94
p:is vaak|adviseren|-1.0
p:is verleden|bekritiseren|-0.88
p:is verstandig|adviseren|1.0
p:is verstandig|afleiden|-1.0
p:is volgens|argumenteren|-0.95
p:is voor|argumenteren|0.95
p:is vooral|samenvatting|-0.95
p:is werkelijk|bekritiseren|0.95
p:is ze|interpreteren|0.97
p:is zegt|interpreteren|-0.96
p:is zijn|argumenteren|-1.0
p:ja ?|ondervragen|-0.97
p:ja dat|bekritiseren|-0.88
p:ja ga|gevoelsreflectie|-1.0
p:ja ga|waarschuwen|-1.0
p:ja ga|etiketteren|-0.94
p:ja gaat|gevoelsreflectie|-0.95
p:ja hoor|afleiden|-0.66
p:ja ik|aanmoediging|0.99
p:ja ja|aanmoediging|-0.9
p:ja maar|aanmoediging|-0.9
p:ja meneer|etiketteren|0.95
p:ja precies|aanmoediging|-0.72
p:ja pubers|afleiden|0.91
p:ja vertel|aanmoediging|1.68
p:ja we|prijzen|-0.98
p:ja zo|argumenteren|-0.99
p:ja zo|afleiden|0.99
p:jaar bij|ik-boodschap|-0.94
p:jaar bij|waarschuwen|-0.94
p:jaar gemist|moraliseren|-1.0
p:jaar gemist|bekritiseren|1.0
p:jaar gemist|prijzen|-1.0
p:jaar gestegen|gevoelsreflectie|-0.92
p:jaar niet|prijzen|-0.84
p:jaar overdoen|geruststellen|-0.99
p:jaar weer|waarschuwen|0.96
p:jaarplanning stond|argumenteren|0.99
p:jaloers op|etiketteren|-0.95
p:jammer hoe|open-vraag|1.0
p:jammer misschien|ik-boodschap|0.93
p:jammer misschien|adviseren|0.93
p:jammer misschien|vervolgafspraak|0.93
p:jammer voor|ik-boodschap|1.79
p:jammer voor|gevoelsreflectie|-0.88
p:jammer want|vervolgafspraak|-0.92
p:jammer zullen|vervolgafspraak|0.91
p:jansen geweest|bekritiseren|-1.8
p:januari bij|samenvatting|-1.0
p:januari bij|geruststellen|-1.0
p:jara in|jij-boodschap|-0.83
p:jayden komt|parafrase|-0.86
p:jayden zich|jij-boodschap|-0.71
p:jayden zich|open-vraag|0.97
p:jayden zich|bekritiseren|-1.79
p:jayden zitten|parafrase|0.98
p:je 's|ik-boodschap|1.95
p:je 's|adviseren|-1.95
p:je aan|argumenteren|0.65
p:je aan|bekritiseren|-0.99
p:je aan|etiketteren|0.99
p:je afspraken|jij-boodschap|0.88
p:je afspraken|bekritiseren|0.96
p:je al|bekritiseren|-0.99
p:je alleen|interpreteren|0.82
p:je als|ik-boodschap|-0.95
p:je als|parafrase|-0.95
p:je als|samenvatting|0.95
p:je altijd|bekritiseren|0.73
p:je amira|ik-boodschap|0.9
p:je amira|gevoelsreflectie|-0.96
p:je amira|bekritiseren|-0.11
p:je baalt|gevoelsreflectie|0.94
p:je baalt|afleiden|0.87
p:je bedoelt|parafrase|0.99
p:je behoorlijk|ik-boodschap|-0.93
p:je belt|bevelen|1.33
p:je belt|vervolgafspraak|-1.63
p:je bent|jij-boodschap|2.71
p:je bent|gevoelsreflectie|-0.92
p:je bent|bekritiseren|0.52
p:je bent|etiketteren|-0.8
p:je bent|interpreteren|-1.0
p:je bent|geruststellen|-0.94
p:je best|moraliseren|0.97
p:je best|bekritiseren|0.91
p:je biedt|jij-boodschap|-0.97
p:je biedt|bevelen|0.84
p:je bij|ik-boodschap|0.88
p:je bij|gevoelsreflectie|-1.6
p:je bij|waarschuwen|-0.93
p:je bij|vervolgafspraak|0.95
p:je bijna|ik-boodschap|0.97
p:je blijft|waarschuwen|0.95
p:je blijft|geruststellen|0.97
p:je boos|bevelen|0.97
p:je cijfer|open-vraag|-0.7
p:je cijfers|ik-boodschap|-0.95
p:je cijfers|jij-boodschap|-0.89
p:je cijfers|parafrase|-0.95
p:je cijfers|samenvatting|0.95
p:je daarin|parafrase|0.85
p:je daarom|parafrase|0.93
p:je dat|ik-boodschap|-0.97
p:je dat|gevoelsreflectie|-0.97
p:je dat|waarschuwen|1.0
p:je dat|adviseren|-1.0
p:je dat|prijzen|-1.0
p:je dat|geruststellen|-0.94
p:je de|gevoelsreflectie|-0.86
p:je de|adviseren|-0.97
p:je de|argumenteren|0.9
p:je de|geruststellen|-0.97
p:je de|afronding-aankondigen|-0.94
p:je de|vervolgafspraak|-1.85
p:je decaan|bevelen|-0.96
p:je denkt|parafrase|0.93
p:je deze|open-vraag|-0.92
p:je deze|afleiden|0.8
p:je die|parafrase|0.93
p:je dit|moraliseren|-1.0
p:je dit|prijzen|-1.0
p:je docent|ik-boodschap|-0.93
p:je docent|samenvatting|0.86
p:je docent|etiketteren|-0.99
p:je docenten|geruststellen|-0.89
p:je dochter|ik-boodschap|0.74
p:je doet|bevelen|0.89
p:je doet|bekritiseren|-1.2
p:je doet|afleiden|-0.73
p:je durft|bekritiseren|-0.9
p:je echt|parafrase|-0.99
p:je echt|waarschuwen|-0.81
p:je een|gevoelsreflectie|-0.94
p:je eerlijk|geruststellen|-0.89
p:je eerlijkheid|bedanken|0.93
p:je eigenlijk|moraliseren|-1.0
p:je eigenlijk|bekritiseren|1.0
p:je eigenlijk|prijzen|-1.0
p:je eigenlijk|afleiden|-0.73
p:je er|jij-boodschap|-0.75
p:je er|parafrase|-1.0
p:je er|gevoelsreflectie|1.0
p:je er|samenvatting|-1.0
p:je er|open-vraag|-1.0
p:je er|prijzen|-0.83
p:je er|interpreteren|-1.0
p:je er|geruststellen|1.0
p:je eruit|jij-boodschap|0.97
p:je eruit|waarschuwen|1.82
p:je eruit|moraliseren|-0.97
p:je eruit|argumenteren|-0.95
p:je eruit|bekritiseren|1.78
p:je eruit|prijzen|-0.73
p:je excuses|jij-boodschap|-0.97
p:je excuses|bevelen|0.83
p:je excuses|waarschuwen|-0.99
p:je excuses|afleiden|-1.0
p:je faalangst|interpreteren|0.99
p:je gaat|ik-boodschap|1.0
p:je gaat|jij-boodschap|-0.97
p:je gaat|bevelen|0.86
p:je gaat|interpreteren|-0.99
p:je gaat|geruststellen|1.85
p:je geen|interpreteren|0.82
p:je gehoopt|gevoelsreflectie|0.92
p:je gekozen|open-vraag|-0.92
p:je gestrest|gevoelsreflectie|0.97
p:je gestrest|adviseren|0.97
p:je geweldige|bekritiseren|1.75
p:je geweldige|bedanken|-1.81
p:je gewoon|jij-boodschap|-2.64
p:je gewoon|gevoelsreflectie|0.97
p:je gewoon|moraliseren|1.85
p:je gewoon|argumenteren|0.95
p:je gewoon|bekritiseren|-2.95
p:je gisteren|ik-boodschap|2.61
p:je gisteren|gevoelsreflectie|-0.94
p:je goed|parafrase|0.98
p:je goed|gevoelsreflectie|-0.99
p:je goed|adviseren|-0.99
p:je groepsgenoten|jij-boodschap|0.98
p:je groepsgenoten|bekritiseren|0.98
p:je haalt|geruststellen|1.77
p:je haar|adviseren|0.98
p:je had|ik-boodschap|-0.87
p:je had|parafrase|0.99
p:je had|argumenteren|-0.99
p:je hebt|ik-boodschap|0.15
p:je hebt|gevoelsreflectie|-0.86
p:je hebt|open-vraag|0.95
p:je hebt|bekritiseren|-0.23
p:je heel|jij-boodschap|0.98
p:je heel|gevoelsreflectie|0.62
p:je heel|bekritiseren|0.98
p:je heen|gevoelsreflectie|0.85
p:je helemaal|geruststellen|0.92
p:je helpen|gevoelsreflectie|-0.86
p:je helpen|open-vraag|0.95
p:je hem|ik-boodschap|-0.97
p:je hem|open-vraag|-0.97
p:je hem|geruststellen|-0.97
p:je het|ik-boodschap|-0.12
p:je het|gevoelsreflectie|0.94
p:je het|open-vraag|0.98
p:je het|bevelen|1.0
p:je het|moraliseren|-0.93
p:je het|argumenteren|0.92
p:je het|interpreteren|0.93
p:je het|geruststellen|-0.77
p:je hier|geruststellen|-1.0
p:je hiermee|waarschuwen|0.92
p:je hoeft|waarschuwen|-0.81
p:je hoofd|bekritiseren|0.83
p:je hoort|jij-boodschap|-1.0
p:je hoort|bevelen|-1.0
p:je hoort|waarschuwen|-0.99
p:je hoort|moraliseren|1.0
p:je hoort|etiketteren|-0.99
p:je hoort|afleiden|-1.0
p:je huiswerk|ik-boodschap|0.91
p:je huiswerk|jij-boodschap|-1.0
p:je huiswerk|open-vraag|-0.95
p:je huiswerk|moraliseren|1.99
p:je huiswerk|adviseren|0.99
p:je huiswerk|argumenteren|-0.91
p:je huiswerk|ondervragen|0.97
p:je iemand|bevelen|-1.0
p:je iemand|waarschuwen|-0.99
p:je iemand|moraliseren|1.0
p:je iemand|argumenteren|-1.0
p:je iemand|interpreteren|-0.82
p:je iemand|afleiden|-1.0
p:je in|ik-boodschap|2.7
p:je in|parafrase|-0.93
p:je in|bevelen|-0.84
p:je in|bedanken|-0.64
p:je je|jij-boodschap|1.86
p:je je|parafrase|-0.93
p:je je|gevoelsreflectie|0.62
p:je je|waarschuwen|-1.0
p:je je|argumenteren|0.65
p:je je|prijzen|1.0
p:je je|ondervragen|0.97
p:je je|bedanken|-0.64
p:je kamer|ik-boodschap|0.93
p:je kan|adviseren|0.99
p:je kijkt|gevoelsreflectie|2.66
p:je klasgenoten|afleiden|-0.57
p:je komt|jij-boodschap|0.13
p:je komt|bekritiseren|0.96
p:je komt|geruststellen|1.0
p:je kunnen|argumenteren|0.99
p:je laptop|ik-boodschap|0.93
p:je laptop|parafrase|-0.93
p:je levert|bevelen|0.92
p:je liever|parafrase|0.98
p:je maakt|bekritiseren|-3.07
p:je mag|moraliseren|0.85
p:je meer|moraliseren|0.95
p:je meldt|samenvatting|-0.93
p:je mentor|ik-boodschap|-1.0
p:je mentor|geruststellen|-1.0
p:je mentor|afronding-aankondigen|1.0
p:je mentor|vervolgafspraak|0.82
p:je mist|ik-boodschap|-0.95
p:je mist|parafrase|-0.95
p:je mist|samenvatting|0.95
p:je moeder|moraliseren|0.99
p:je mond|jij-boodschap|-1.0
p:je mond|bevelen|1.0
p:je mond|moraliseren|-1.0
p:je mond|bekritiseren|-1.0
p:je mond|geruststellen|-0.96
p:je naar|aanmoediging|-0.99
p:je naast|ik-boodschap|0.97
p:je negen|argumenteren|0.97
p:je niet|ik-boodschap|0.29
p:je niet|parafrase|0.93
p:je niet|gevoelsreflectie|1.73
p:je niet|open-vraag|0.97
p:je niet|bevelen|-0.9
p:je niet|moraliseren|0.97
p:je niet|etiketteren|0.89
p:je niet|geruststellen|0.96
p:je niet|afleiden|-0.97
p:je nodig|open-vraag|0.88
p:je nog|ik-boodschap|-0.9
p:je nog|afronding-aankondigen|-0.94
p:je nooit|bekritiseren|0.95
p:je nou|jij-boodschap|0.7
p:je nou|moraliseren|0.93
p:je nou|argumenteren|-1.53
p:je nou|ondervragen|-0.94
p:je nu|bevelen|0.98
p:je nu|moraliseren|-0.97
p:je nu|prijzen|0.99
p:je ogen|bevelen|0.94
p:je ogen|bekritiseren|0.65
p:je om|samenvatting|-0.93
p:je ontzettend|bekritiseren|0.99
p:je ook|moraliseren|1.0
p:je ook|prijzen|1.0
p:je op|adviseren|1.74
p:je op|argumenteren|-0.91
p:je opdrachten|ik-boodschap|0.97
p:je oude|ik-boodschap|-0.95
p:je oude|parafrase|-0.95
p:je oude|samenvatting|0.95
p:je ouders|bevelen|-0.73
p:je ouders|waarschuwen|-0.94
p:je pasje|ik-boodschap|-0.76
p:je per|bevelen|-0.73
p:je per|waarschuwen|-0.94
p:je plannen|bekritiseren|-0.93
p:je planner|bevelen|-0.84
p:je rapport|aanmoediging|-1.0
p:je rekenmachine|gevoelsreflectie|-0.86
p:je rekenmachine|open-vraag|0.95
p:je schrift|waarschuwen|-0.94
p:je schrijfopdracht|bedanken|-0.64
p:je slaap|ik-boodschap|0.93
p:je slaapt|ik-boodschap|-0.95
p:je slaapt|parafrase|-0.95
p:je slaapt|samenvatting|0.95
p:je snapt|ik-boodschap|0.91
p:je snapt|bevelen|-0.97
p:je snapt|argumenteren|-0.91
p:je snapt|prijzen|0.99
p:je sorry|moraliseren|1.0
p:je sorry|argumenteren|-1.0
p:je sorry|interpreteren|-0.82
p:je staat|waarschuwen|0.94
p:je staat|argumenteren|0.99
p:je stage|jij-boodschap|-0.89
p:je stage|bekritiseren|-0.93
p:je stage|afleiden|1.45
p:je stagebegeleider|bevelen|1.33
p:je stagebegeleider|vervolgafspraak|-1.63
p:je stagedagen|waarschuwen|-1.0
p:je stagedagen|moraliseren|-1.0
p:je stagedagen|bekritiseren|-1.0
p:je telefoon|ik-boodschap|-0.93
p:je telefoon|gevoelsreflectie|-0.96
p:je telefoon|bevelen|1.11
p:je telefoon|bekritiseren|-0.95
p:je teleurgesteld|gevoelsreflectie|0.92
p:je tien|open-vraag|0.64
p:je tijd|jij-boodschap|1.75
p:je tijd|samenvatting|-0.98
p:je tijd|aanmoediging|0.97
p:je tijd|bevelen|-1.95
p:je tijd|bekritiseren|1.52
p:je tijd|bedanken|0.96
p:je uren|waarschuwen|-1.0
p:je uren|moraliseren|-1.0
p:je uren|bekritiseren|-1.0
p:je vaak|bedanken|-0.64
p:je vader|parafrase|0.93
p:je vader|bevelen|-1.42
p:je vader|waarschuwen|0.94
p:je vader|vervolgafspraak|0.76
p:je van|moraliseren|0.98
p:je van|bekritiseren|-0.98
p:je vandaag|ik-boodschap|-0.76
p:je vanochtend|ik-boodschap|0.93
p:je verantwoordelijkheid|bevelen|-0.92
p:je verbeteringen|waarschuwen|-0.94
p:je vergist|argumenteren|0.9
p:je verpest|ik-boodschap|-0.93
p:je verpest|bekritiseren|3.52
p:je verzint|bekritiseren|-2.48
p:je verzuim|jij-boodschap|-0.89
p:je verzuim|bekritiseren|-0.93
p:je vindt|parafrase|-0.99
p:je vindt|samenvatting|1.0
p:je vindt|moraliseren|-0.99
p:je vindt|afronding-aankondigen|-0.99
p:je voelt|gevoelsreflectie|0.85
p:je voetbalwedstrijd|open-vraag|-1.57
p:je voetbalwedstrijd|afleiden|1.69
p:je voor|bedanken|0.96
p:je vrienden|ik-boodschap|-0.95
p:je vrienden|parafrase|-0.95
p:je vrienden|samenvatting|0.95
p:je vrienden|interpreteren|1.0
p:je vrijdag|waarschuwen|1.0
p:je vrijdag|adviseren|-1.0
p:je vrijdag|prijzen|-1.0
p:je want|bekritiseren|0.96
p:je wat|gevoelsreflectie|-0.86
p:je wat|open-vraag|0.95
p:je weer|samenvatting|-1.9
p:je weer|waarschuwen|0.96
p:je weer|moraliseren|-0.95
p:je weer|afronding-aankondigen|0.95
p:je weer|vervolgafspraak|0.86
p:je weer|bedanken|0.55
p:je weet|ik-boodschap|-0.9
p:je weet|gevoelsreflectie|-0.92
p:je weet|samenvatting|-0.95
p:je weet|waarschuwen|0.96
p:je weet|moraliseren|-0.95
p:je weet|geruststellen|-0.89
p:je wel|samenvatting|-0.95
p:je wel|bekritiseren|-0.97
p:je wel|afronding-aankondigen|0.95
p:je wel|vervolgafspraak|0.86
p:je wel|bedanken|1.28
p:je werk|ik-boodschap|-0.92
p:je wil|parafrase|-1.13
p:je wil|gevoelsreflectie|-0.92
p:je wil|samenvatting|1.0
p:je wil|moraliseren|-1.98
p:je wil|interpreteren|1.0
p:je wil|afronding-aankondigen|-1.98
p:je wist|ik-boodschap|-0.87
p:je wist|parafrase|0.99
p:je wist|argumenteren|-0.99
p:je woensdag|bedanken|-1.0
p:je woorden|waarschuwen|0.93
p:je wordt|ik-boodschap|0.96
p:je wordt|bevelen|-0.84
p:je zegt|ik-boodschap|-0.97
p:je zegt|parafrase|0.95
p:je zegt|samenvatting|-0.86
p:je zegt|open-vraag|-0.97
p:je zegt|bevelen|-0.97
p:je zegt|argumenteren|0.98
p:je zegt|geruststellen|-0.97
p:je zelf|aanmoediging|-1.0
p:je zelf|bedanken|0.74
p:je zenuwachtig|geruststellen|0.9
p:je zit|ik-boodschap|0.93
p:je zo|ik-boodschap|-0.97
p:je zo|gevoelsreflectie|-0.97
p:je zo|waarschuwen|0.94
p:je zo|interpreteren|-0.99
p:je zorgen|geruststellen|0.98
p:je zoveel|ik-boodschap|-0.93
p:je zoveel|interpreteren|0.93
p:jesse een|samenvatting|-0.88
p:jesse geen|bekritiseren|-0.96
p:jezelf naar|ik-boodschap|0.97
p:jezelf sem|geruststellen|-0.97
p:jij altijd|bekritiseren|0.88
p:jij baalt|ik-boodschap|-0.71
p:jij baalt|gevoelsreflectie|0.88
p:jij bent|moraliseren|0.19
p:jij bent|adviseren|-0.81
p:jij bent|bekritiseren|-1.64
p:jij bent|prijzen|0.83
p:jij bent|etiketteren|0.84
p:jij bent|geruststellen|-0.84
p:jij bent|ondervragen|-0.98
p:jij blijft|jij-boodschap|-0.97
p:jij daartegenaan|open-vraag|0.64
p:jij dat|parafrase|-1.0
p:jij dat|ondervragen|-1.0
p:jij door|ik-boodschap|1.77
p:jij draait|bevelen|-1.0
p:jij er|ik-boodschap|0.97
p:jij er|bekritiseren|1.88
p:jij er|interpreteren|-1.81
p:jij er|geruststellen|-0.79
p:jij gaat|samenvatting|0.86
p:jij gaat|bevelen|0.99
p:jij hebt|jij-boodschap|0.95
p:jij hebt|samenvatting|-0.95
p:jij het|samenvatting|-1.0
p:jij je|ik-boodschap|-0.93
p:jij je|gevoelsreflectie|-0.96
p:jij je|open-vraag|-0.95
p:jij kunt|adviseren|-0.81
p:jij kunt|prijzen|0.81
p:jij kunt|etiketteren|-0.93
p:jij lui|ik-boodschap|-0.92
p:jij lui|geruststellen|1.76
p:jij luistert|waarschuwen|-0.98
p:jij maakt|jij-boodschap|0.99
p:jij maakt|bekritiseren|0.43
p:jij snapt|jij-boodschap|-0.81
p:jij snapt|moraliseren|-0.81
p:jij verpest|jij-boodschap|0.97
p:jij verpest|waarschuwen|0.87
p:jij verpest|argumenteren|-0.95
p:jij verpest|bekritiseren|-1.59
p:jij verpest|prijzen|-0.73
p:jij vindt|bekritiseren|0.28
p:jij zegt|open-vraag|0.98
p:jij zegt|argumenteren|-0.98
p:jij zit|jij-boodschap|1.75
p:jij zit|samenvatting|-0.98
p:jij zit|bekritiseren|2.17
p:joep en|jij-boodschap|0.97
p:joep en|waarschuwen|0.87
p:joep en|bekritiseren|1.99
p:joep en|prijzen|-0.73
p:joh dat|geruststellen|-0.95
p:joh een|gevoelsreflectie|0.94
p:joh een|afleiden|0.87
p:joh na|adviseren|-0.99
p:joh na|geruststellen|0.99
p:joh over|geruststellen|0.92
p:jonas tijdens|open-vraag|-0.96
p:jongen als|prijzen|0.96
p:jongen bram|jij-boodschap|-0.81
p:jongen bram|moraliseren|-0.81
p:jongen van|bekritiseren|0.74
p:jou ?|jij-boodschap|0.95
p:jou ?|samenvatting|-0.95
p:jou ?|bekritiseren|0.95
p:jou echt|gevoelsreflectie|0.98
p:jou gebeurd|gevoelsreflectie|-0.96
p:jou goed|afleiden|-0.92
p:jou helpen|bekritiseren|-0.7
p:jou helpen|prijzen|-1.0
p:jou herhalen|open-vraag|0.64
p:jou komt|interpreteren|0.99
p:jou om|open-vraag|0.99
p:jou was|waarschuwen|-0.97
p:jou was|adviseren|0.97
p:jouw plaats|adviseren|0.97
p:jouw schuld|interpreteren|-0.96
p:jouw verantwoordelijkheid|moraliseren|0.99
p:juist heel|parafrase|0.98
p:jullie ?|open-vraag|0.97
p:jullie beter|bekritiseren|-0.85
p:jullie controleren|bekritiseren|-1.96
p:jullie daar|jij-boodschap|0.96
p:jullie de|ik-boodschap|0.92
p:jullie de|waarschuwen|-0.92
p:jullie de|adviseren|-0.92
p:jullie denken|prijzen|0.83
p:jullie eigenlijk|bekritiseren|1.26
p:jullie er|bekritiseren|-0.61
p:jullie geven|bekritiseren|0.64
p:jullie grijpen|adviseren|1.0
p:jullie grijpen|bekritiseren|0.85
p:jullie grijpen|etiketteren|-1.0
p:jullie hebben|bekritiseren|0.84
p:jullie het|prijzen|0.83
p:jullie houden|bekritiseren|0.95
p:jullie komen|adviseren|-1.0
p:jullie kunnen|bekritiseren|-0.89
p:jullie laten|bekritiseren|0.89
p:jullie letten|bekritiseren|-0.77
p:jullie maken|bekritiseren|0.99
p:jullie maken|etiketteren|-0.99
p:jullie moeten|bekritiseren|-0.68
p:jullie naar|adviseren|-0.98
p:jullie nemen|bekritiseren|0.86
p:jullie reageren|jij-boodschap|1.48
p:jullie reageren|bekritiseren|1.65
p:jullie regelen|bekritiseren|0.5
p:jullie thuis|ik-boodschap|0.98
p:jullie thuis|parafrase|-0.9
p:jullie thuis|open-vraag|0.98
p:jullie vandaag|bedanken|0.76
p:jullie vinden|bekritiseren|0.97
p:jullie was|adviseren|1.0
p:jullie was|bekritiseren|0.85
p:jullie was|etiketteren|-1.0
p:jullie wel|bekritiseren|-0.61
p:jullie wonen|open-vraag|-1.0
p:jullie wonen|bekritiseren|-0.87
p:jullie zijn|bekritiseren|-2.35
p:jullie zijn|prijzen|-0.81
p:jullie zijn|etiketteren|0.99
p:jullie zorgen|bevelen|0.89
p:jullie zorgen|moraliseren|-0.98
p:kader in|adviseren|-0.9
p:kalm worden|bevelen|0.99
p:kalm worden|bedanken|-0.99
p:kamer leggen|ik-boodschap|0.93
p:kamp ?|afleiden|0.95
p:kamp het|bekritiseren|-0.9
p:kamp hè|ik-boodschap|-0.71
p:kamp hè|gevoelsreflectie|0.88
p:kampweek en|parafrase|-0.92
p:kampweek en|samenvatting|0.9
p:kan afronden|ik-boodschap|0.74
p:kan beoordelen|waarschuwen|-1.0
p:kan beoordelen|moraliseren|-1.0
p:kan beoordelen|bekritiseren|-1.0
p:kan beter|adviseren|0.99
p:kan blijven|geruststellen|-0.86
p:kan dat|prijzen|0.85
p:kan de|adviseren|-1.0
p:kan doen|ik-boodschap|0.98
p:kan doen|parafrase|-0.9
p:kan doen|open-vraag|0.98
p:kan geven|bekritiseren|-0.96
p:kan hem|ik-boodschap|0.99
p:kan hem|waarschuwen|0.91
p:kan het|jij-boodschap|0.67
p:kan het|open-vraag|-0.95
p:kan het|bekritiseren|0.81
p:kan hij|ik-boodschap|1.0
p:kan hij|jij-boodschap|-1.0
p:kan hij|adviseren|0.93
p:kan hij|prijzen|-0.84
p:kan ik|ik-boodschap|-2.82
p:kan ik|parafrase|-0.99
p:kan ik|open-vraag|-0.67
p:kan ik|aanmoediging|-0.97
p:kan ik|waarschuwen|-0.94
p:kan ik|adviseren|-0.93
p:kan ik|interpreteren|-0.99
p:kan ik|vervolgafspraak|-1.05
p:kan ik|bedanken|-0.99
p:kan leren|interpreteren|-0.96
p:kan me|ik-boodschap|-0.89
p:kan me|gevoelsreflectie|0.92
p:kan me|open-vraag|-0.65
p:kan missen|moraliseren|0.98
p:kan toch|prijzen|0.96
p:kan uw|ik-boodschap|0.56
p:kan ze|ik-boodschap|1.85
p:kan ze|vervolgafspraak|0.97
p:kan zijn|ik-boodschap|-0.88
p:kans krijgt|samenvatting|0.8
p:kans om|ik-boodschap|0.98
p:kant op|samenvatting|-0.99
p:kant op|bekritiseren|0.85
p:kast zetten|adviseren|0.9
p:kast zetten|argumenteren|-0.99
p:keer afwezig|waarschuwen|-0.99
p:keer afwezig|argumenteren|0.99
p:keer bedankt|waarschuwen|-0.92
p:keer bij|ik-boodschap|-0.88
p:keer een|etiketteren|-0.96
p:keer en|bevelen|-0.95
p:keer gemaild|bekritiseren|-0.74
p:keer heb|ik-boodschap|-1.0
p:keer heb|jij-boodschap|1.0
p:keer heb|bekritiseren|1.0
p:keer je|gevoelsreflectie|-0.86
p:keer je|open-vraag|0.95
p:keer je|argumenteren|-0.91
p:keer nodig|afronding-aankondigen|-0.98
p:keer ongeoorloofd|etiketteren|-0.89
p:keer pakt|bevelen|-0.47
p:keer schuift|vervolgafspraak|0.96
p:keer spijbelen|waarschuwen|0.83
p:keer spijbelt|ik-boodschap|-0.96
p:keer te|samenvatting|-0.93
p:keer te|moraliseren|-0.87
p:keer te|adviseren|-0.91
p:keer zie|bevelen|0.52
p:keer zie|waarschuwen|0.99
p:keer zo|adviseren|-0.99
p:keer zo|prijzen|-0.99
p:keer zo'n|bekritiseren|-0.84
p:keer zonder|ik-boodschap|1.0
p:keer zonder|jij-boodschap|-1.0
p:keer zonder|parafrase|-0.91
p:kerst gaat|adviseren|-0.99
p:kerst gaat|geruststellen|0.99
p:kerst wel|parafrase|-0.94
p:keuken leggen|ik-boodschap|-0.95
p:keuken leggen|bekritiseren|-0.95
p:keulen hebben|interpreteren|-0.91
p:keuzevak ?|open-vraag|-0.92
p:kevin vorige|ik-boodschap|0.86
p:kijk als|argumenteren|0.16
p:kijk het|argumenteren|0.96
p:kijk je|ik-boodschap|0.91
p:kijk je|argumenteren|-0.91
p:kijk jij|open-vraag|0.64
p:kijk maar|afleiden|-0.93
p:kijk met|jij-boodschap|-0.95
p:kijk met|argumenteren|0.95
p:kijk met|bekritiseren|-0.95
p:kijk zo|ik-boodschap|-0.94
p:kijk zo|argumenteren|0.67
p:kijken hoe|samenvatting|-0.85
p:kijken hoe|vervolgafspraak|1.89
p:kijken wat|open-vraag|-0.97
p:kijken wat|vervolgafspraak|0.97
p:kijken we|ik-boodschap|-0.93
p:kijken we|samenvatting|1.79
p:kijken we|afronding-aankondigen|-0.94
p:kijkt daarnaar|ik-boodschap|-1.0
p:kijkt daarnaar|interpreteren|-1.0
p:kijkt daarnaar|ondervragen|1.0
p:kijkt daarnaar|vervolgafspraak|-1.0
p:kijkt een|gevoelsreflectie|1.82
p:kijkt er|gevoelsreflectie|0.85
p:kijkt gewoon|samenvatting|-0.99
p:kijkt gewoon|bekritiseren|0.85
p:kijkt heb|parafrase|-0.91
p:kijkt u|jij-boodschap|-0.71
p:kijkt u|open-vraag|0.97
p:kijkt u|bekritiseren|-1.79
p:kind is|moraliseren|0.96
p:kind moet|moraliseren|0.91
p:kind op|argumenteren|-0.64
p:kind op|bekritiseren|0.98
p:kind van|moraliseren|0.98
p:kind van|bekritiseren|-0.94
p:kinderen ?|bekritiseren|-0.88
p:kinderen bij|jij-boodschap|-0.91
p:kinderen en|samenvatting|-0.99
p:kinderen en|bekritiseren|0.85
p:kinderen hebben|ik-boodschap|-0.99
p:kinderen hebben|bevelen|-0.88
p:kinderen hebben|moraliseren|0.99
p:kinderen hebben|geruststellen|1.93
p:kinderen hebben|afleiden|-0.99
p:kinderen lukt|jij-boodschap|1.0
p:kinderen lukt|bekritiseren|1.0
p:klaar laat|bevelen|1.0
p:klaar mee|open-vraag|-0.96
p:klager eerlijk|etiketteren|0.99
p:klas ?|ondervragen|-0.98
p:klas begonnen|parafrase|0.91
p:klas bram|argumenteren|-0.95
p:klas bram|bekritiseren|0.63
p:klas dat|geruststellen|0.94
p:klas dus|adviseren|-0.81
p:klas dus|prijzen|0.81
p:klas dus|etiketteren|-0.93
p:klas en|ik-boodschap|0.8
p:klas en|gevoelsreflectie|-0.94
p:klas en|samenvatting|-1.0
p:klas en|bekritiseren|-0.66
p:klas en|vervolgafspraak|-1.0
p:klas gaat|open-vraag|-0.7
p:klas gelijk|argumenteren|0.95
p:klas grappen|samenvatting|-0.96
p:klas haalde|samenvatting|-0.86
p:klas haalde|argumenteren|0.98
p:klas is|samenvatting|0.92
p:klas is|bevelen|0.82
p:klas is|argumenteren|-0.82
p:klas joep|jij-boodschap|0.97
p:klas joep|waarschuwen|0.87
p:klas joep|bekritiseren|1.99
p:klas joep|prijzen|-0.73
p:klas krijgt|samenvatting|-0.88
p:klas lager|prijzen|0.98
p:klas roept|ik-boodschap|1.77
p:klas te|parafrase|-0.99
p:klas te|open-vraag|0.99
p:klas te|moraliseren|-0.99
p:klas te|afronding-aankondigen|-0.99
p:klas tijd|open-vraag|0.64
p:klas zit|jij-boodschap|-0.97
p:klasgenoot hielp|ik-boodschap|0.86
p:klasgenoot zo|bekritiseren|0.28
p:klasgenoten praten|afleiden|-0.57
p:kleedkamer ?|afleiden|-0.92
p:kletsen en|jij-boodschap|0.43
p:kleuter luuk|jij-boodschap|1.72
p:kleuter luuk|etiketteren|0.92
p:kleuterachtig gedoe|etiketteren|1.57
p:klinkt als|open-vraag|-0.62
p:klinkt als|etiketteren|0.99
p:klinkt alsof|ik-boodschap|-0.93
p:klinkt alsof|gevoelsreflectie|1.56
p:klinkt best|gevoelsreflectie|1.0
p:klinkt een|aanmoediging|-1.0
p:klinkt heftig|gevoelsreflectie|0.99
p:klinkt heftig|afleiden|-0.73
p:klinkt ongerust|gevoelsreflectie|1.0
p:klinkt ongerust|open-vraag|1.0
p:klinkt ongerust|adviseren|-1.0
p:klinkt zorgelijk|open-vraag|0.95
p:klopt dat|samenvatting|0.92
p:klopt dat|open-vraag|-0.95
p:klopt niet|ik-boodschap|-1.0
p:klopt niet|jij-boodschap|-1.0
p:klopt niet|parafrase|-1.0
p:klopt niet|gevoelsreflectie|-1.0
p:klopt niet|samenvatting|-1.0
p:klopt niet|open-vraag|-1.0
p:klopt niet|aanmoediging|-1.0
p:klopt niet|bevelen|-1.0
p:klopt niet|waarschuwen|-1.0
p:klopt niet|moraliseren|-1.0
p:klopt niet|adviseren|-1.0
p:klopt niet|argumenteren|1.0
p:klopt niet|bekritiseren|-1.0
p:klopt niet|prijzen|-1.0
p:klopt niet|etiketteren|-1.0
p:klopt niet|interpreteren|-1.0
p:klopt niet|geruststellen|-1.0
p:klopt niet|ondervragen|-1.0
p:klopt niet|afleiden|-1.0
p:klopt niet|afronding-aankondigen|-1.0
p:klopt niet|vervolgafspraak|-1.0
p:klopt niet|bedanken|-1.0
p:kluisje te|adviseren|-0.99
p:kluisjes staat|ik-boodschap|0.81
p:knap hoor|prijzen|0.85
p:koffie pakken|afleiden|0.95
p:kom ik|bevelen|-0.99
p:kom je|ik-boodschap|1.94
p:kom je|jij-boodschap|-0.95
p:kom je|adviseren|-0.97
p:kom je|argumenteren|0.95
p:kom je|bekritiseren|-0.22
p:kom we|moraliseren|-0.98
p:komen ?|bekritiseren|-0.7
p:komen ?|prijzen|-1.0
p:komen aan|bedanken|-0.99
p:komen ook|adviseren|-1.0
p:komen we|afleiden|-0.99
p:komt allemaal|bevelen|-0.92
p:komt allemaal|geruststellen|0.77
p:komt daan|bekritiseren|-0.94
p:komt doordat|geruststellen|-0.6
p:komt echt|gevoelsreflectie|0.98
p:komt echt|adviseren|-1.84
p:komt echt|geruststellen|0.99
p:komt er|jij-boodschap|-0.75
p:komt er|geruststellen|1.86
p:komt geen|argumenteren|-0.76
p:komt gewoon|interpreteren|0.99
p:komt goed|open-vraag|0.69
p:komt goed|adviseren|0.92
p:komt goed|afleiden|-0.77
p:komt helemaal|gevoelsreflectie|-0.96
p:komt helemaal|argumenteren|-0.99
p:komt helemaal|geruststellen|0.99
p:komt het|open-vraag|1.0
p:komt het|bekritiseren|0.98
p:komt hij|ik-boodschap|-1.0
p:komt hij|interpreteren|-1.0
p:komt hij|ondervragen|1.0
p:komt hij|vervolgafspraak|-1.0
p:komt je|jij-boodschap|0.88
p:komt je|bekritiseren|0.96
p:komt kan|open-vraag|1.0
p:komt later|open-vraag|-0.92
p:komt later|afleiden|0.8
p:komt natuurlijk|interpreteren|1.0
p:komt omdat|geruststellen|-0.98
p:komt opdagen|jij-boodschap|0.94
p:komt opdagen|bekritiseren|1.78
p:komt opdagen|afleiden|-0.98
p:komt u|ondervragen|-0.91
p:komt uit|geruststellen|-0.93
p:komt uw|geruststellen|-0.99
p:komt vaak|parafrase|-0.86
p:komt vanzelf|afleiden|-0.86
p:komt vast|geruststellen|1.0
p:komt volgende|vervolgafspraak|-0.93
p:komt wat|parafrase|-0.85
p:komt wel|adviseren|1.0
p:komt wel|bekritiseren|-1.0
p:komt wel|geruststellen|0.92
p:komt zo|bevelen|-1.42
p:komt zo|prijzen|-0.96
p:kon komen|bedanken|0.26
p:kon maken|ik-boodschap|0.93
p:kon maken|gevoelsreflectie|-0.86
p:kon maken|open-vraag|0.95
p:kon maken|adviseren|0.93
p:kon maken|vervolgafspraak|0.93
p:kon uploaden|ik-boodschap|-0.97
p:kon uploaden|open-vraag|-0.97
p:kon uploaden|geruststellen|-0.97
p:kort met|ik-boodschap|-0.96
p:kort samengevat|gevoelsreflectie|-0.73
p:kort te|bekritiseren|-0.98
p:kortom het|open-vraag|-0.7
p:kortom het|geruststellen|-0.93
p:kortom het|vervolgafspraak|-0.91
p:kortom hij|jij-boodschap|-0.97
p:kortom hij|samenvatting|0.97
p:kortom jij|jij-boodschap|2.69
p:kortom jij|samenvatting|-1.92
p:kortom jij|bevelen|-0.98
p:kortom jij|bekritiseren|2.46
p:kortom meer|samenvatting|0.99
p:kortom meer|vervolgafspraak|-0.99
p:kortom we|ik-boodschap|-1.0
p:kortom we|parafrase|-1.0
p:kortom we|gevoelsreflectie|-0.98
p:kortom we|samenvatting|1.96
p:kortom we|open-vraag|-1.0
p:kortom we|bevelen|-1.0
p:kortom we|interpreteren|-1.0
p:kortom we|afronding-aankondigen|0.91
p:kortom we|vervolgafspraak|0.96
p:kortzichtige manier|bekritiseren|0.95
p:kost de|open-vraag|0.64
p:kost het|samenvatting|0.95
p:kost het|bedanken|0.89
p:kreeg geen|gevoelsreflectie|0.76
p:kreeg geen|samenvatting|0.86
p:kreeg geen|vervolgafspraak|0.92
p:krijgen van|bekritiseren|-0.33
p:krijgt bijles|samenvatting|0.96
p:krijgt bijles|vervolgafspraak|0.96
p:krijgt een|argumenteren|0.65
p:krijgt en|bedanken|-0.48
p:krijgt geen|argumenteren|0.95
p:krijgt geen|etiketteren|-0.95
p:krijgt hij|open-vraag|-0.88
p:krijgt in|parafrase|1.0
p:krijgt in|gevoelsreflectie|-1.0
p:krijgt ze|parafrase|-0.91
p:kritiek op|jij-boodschap|0.95
p:kritiek op|samenvatting|-0.95
p:kritiek op|bekritiseren|1.83
p:kritisch meedenkt|prijzen|0.98
p:kun je|ik-boodschap|0.95
p:kun je|parafrase|-0.93
p:kun je|argumenteren|0.92
p:kun je|bekritiseren|-0.95
p:kun je|ondervragen|-0.98
p:kunnen afwijken|prijzen|0.96
p:kunnen altijd|bekritiseren|-0.89
p:kunnen de|ik-boodschap|1.77
p:kunnen de|open-vraag|-0.96
p:kunnen lezen|ik-boodschap|-1.6
p:kunnen lezen|parafrase|0.91
p:kunnen praten|gevoelsreflectie|0.85
p:kunnen voorkomen|bekritiseren|0.72
p:kunnen vragen|adviseren|0.86
p:kunnen we|ik-boodschap|0.67
p:kunnen we|afronding-aankondigen|0.97
p:kunnen we|vervolgafspraak|0.97
p:kunnen weten|argumenteren|0.99
p:kunt best|adviseren|-0.81
p:kunt best|prijzen|0.81
p:kunt best|etiketteren|-0.93
p:kunt dit|jij-boodschap|-1.0
p:kunt dit|samenvatting|-1.0
p:kunt dit|waarschuwen|-1.0
p:kunt dit|prijzen|1.0
p:kunt dit|etiketteren|-1.0
p:kunt hem|adviseren|0.92
p:kunt hem|prijzen|-0.96
p:kunt mij|jij-boodschap|-0.94
p:kunt op|prijzen|0.99
p:kunt u|ik-boodschap|1.04
p:kunt u|gevoelsreflectie|-1.99
p:kunt u|bevelen|-0.99
p:kunt u|adviseren|1.99
p:kunt u|argumenteren|-0.99
p:kunt u|bekritiseren|0.83
p:kunt u|prijzen|-1.85
p:kwam dat|open-vraag|0.98
p:kwam hij|open-vraag|-0.98
p:kwam hij|adviseren|-0.99
p:kwam ze|bedanken|-0.95
p:kwart over|bevelen|0.98
p:kwart over|vervolgafspraak|-0.93
p:kwijt en|ik-boodschap|1.0
p:kwijt te|vervolgafspraak|-1.0
p:laag maar|argumenteren|0.95
p:laat bent|waarschuwen|0.96
p:laat binnenkomt|open-vraag|0.64
p:laat dan|open-vraag|-0.99
p:laat elke|adviseren|-1.0
p:laat en|samenvatting|-0.93
p:laat hem|bevelen|-0.91
p:laat hem|moraliseren|0.95
p:laat hem|adviseren|1.0
p:laat hem|bekritiseren|-1.37
p:laat hij|parafrase|-0.86
p:laat ik|ik-boodschap|-1.0
p:laat ik|waarschuwen|1.0
p:laat ik|afronding-aankondigen|-0.9
p:laat in|bekritiseren|-2.11
p:laat ingeleverd|argumenteren|0.65
p:laat is|gevoelsreflectie|-0.92
p:laat is|bekritiseren|0.98
p:laat kan|ik-boodschap|0.9
p:laat komen|moraliseren|-0.87
p:laat komt|ik-boodschap|-1.0
p:laat komt|interpreteren|-1.0
p:laat komt|ondervragen|1.0
p:laat komt|vervolgafspraak|-1.0
p:laat kwam|open-vraag|-0.98
p:laat kwam|adviseren|-0.99
p:laat kwam|bedanken|-0.95
p:laat me|bekritiseren|0.83
p:laat mij|bevelen|1.0
p:laat op|ondervragen|-0.91
p:laat u|gevoelsreflectie|-1.0
p:laat u|open-vraag|-1.0
p:laat u|ondervragen|-0.95
p:laat u|vervolgafspraak|1.0
p:laat volgt|adviseren|-0.91
p:laat was|afleiden|-0.95
p:laatste drie|ik-boodschap|0.93
p:laatste drie|adviseren|0.93
p:laatste drie|vervolgafspraak|0.93
p:laatste tijd|parafrase|-0.9
p:laatste tijd|open-vraag|0.98
p:laatste tijd|adviseren|-0.93
p:laatste twee|vervolgafspraak|-0.93
p:laatste weken|ik-boodschap|-0.98
p:laatste woord|bekritiseren|0.88
p:lager plaatsen|prijzen|0.98
p:laks met|bekritiseren|0.35
p:lang duurde|geruststellen|-1.0
p:lang gamen|ondervragen|0.86
p:lang gewacht|bekritiseren|0.9
p:langst dat|moraliseren|0.93
p:langzamer dan|adviseren|-1.0
p:lapt alle|jij-boodschap|0.97
p:laptop niet|ik-boodschap|0.93
p:laptop niet|parafrase|-0.93
p:laptop om|adviseren|0.96
p:laptop steeds|ik-boodschap|0.9
p:laptop van|argumenteren|-0.99
p:lastig dat|waarschuwen|-1.0
p:lastig dat|moraliseren|-1.0
p:lastig dat|bekritiseren|-1.0
p:lastig gesprek|ik-boodschap|-0.92
p:lastig is|gevoelsreflectie|-0.86
p:lastig is|bekritiseren|0.77
p:lastig vond|interpreteren|-0.99
p:lastpak tygo|jij-boodschap|1.0
p:lastpak tygo|interpreteren|-1.0
p:lat veel|bekritiseren|0.1
p:lat zo|adviseren|-0.98
p:laten ?|afleiden|-0.49
p:laten afweten|bekritiseren|0.9
p:laten dank|samenvatting|0.99
p:laten dank|vervolgafspraak|-0.99
p:laten dank|bedanken|0.99
p:laten denk|interpreteren|0.95
p:laten en|afronding-aankondigen|0.93
p:laten gamen|prijzen|-0.96
p:laten hem|bekritiseren|0.89
p:laten ik|vervolgafspraak|0.99
p:laten nemen|waarschuwen|-1.0
p:laten plannen|adviseren|0.92
p:laten rusten|interpreteren|-0.91
p:laten schieten|bekritiseren|-0.66
p:laten voor|afronding-aankondigen|1.92
p:laten voor|bedanken|-1.0
p:laten we|ik-boodschap|0.93
p:laten we|jij-boodschap|-0.96
p:laten we|samenvatting|-1.74
p:laten we|argumenteren|-0.91
p:laten we|bekritiseren|-0.98
p:laten we|interpreteren|-0.91
p:laten we|geruststellen|-0.76
p:laten we|afleiden|1.77
p:laten we|afronding-aankondigen|-0.93
p:laten we|vervolgafspraak|-0.81
p:laten we|bedanken|-0.26
p:laten zullen|samenvatting|-0.99
p:later op|bevelen|-0.99
p:later wel|open-vraag|-0.92
p:later wel|afleiden|1.79
p:leeftijd allemaal|geruststellen|-0.99
p:leeftijd allemaal|afleiden|0.99
p:leeftijd horen|geruststellen|-1.0
p:leek het|jij-boodschap|0.97
p:leerling heb|moraliseren|0.93
p:leerling heb|argumenteren|-1.53
p:leerling hoor|argumenteren|0.65
p:leerling hoort|waarschuwen|1.0
p:leerling hoort|adviseren|-1.0
p:leerling hoort|prijzen|-1.0
p:leerling in|moraliseren|0.95
p:leerling maar|moraliseren|-0.87
p:leerling met|argumenteren|0.96
p:leerling mila|moraliseren|1.0
p:leerling mila|prijzen|1.0
p:leerlingen bij|open-vraag|-0.98
p:leerlingen die|argumenteren|0.96
p:leerlingen hebben|argumenteren|-0.99
p:leerlingen horen|adviseren|-0.99
p:leerlingen met|argumenteren|1.0
p:leerlingen met|afleiden|-1.0
p:leerlingen waardoor|ik-boodschap|-0.5
p:leg die|bevelen|0.52
p:leg je|bevelen|0.92
p:legt de|bekritiseren|0.1
p:legt mist|open-vraag|0.97
p:legt ze|adviseren|-0.98
p:lekker bezig|bekritiseren|0.95
p:lekker bezig|etiketteren|-0.83
p:lekker dat|open-vraag|-1.0
p:lekker in|moraliseren|-0.96
p:leraar zei|moraliseren|0.86
p:leraar zei|adviseren|-0.96
p:leren dat|moraliseren|0.91
p:leren in|ik-boodschap|-0.95
p:leren in|bekritiseren|-0.95
p:leren je|bevelen|-0.92
p:leren omdat|interpreteren|-0.96
p:les en|argumenteren|-0.96
p:les even|jij-boodschap|-0.97
p:les gewoon|ik-boodschap|-0.99
p:les gewoon|interpreteren|-0.99
p:les op|open-vraag|0.96
p:les steeds|open-vraag|0.97
p:les te|jij-boodschap|0.43
p:les te|argumenteren|-0.99
p:les verlies|samenvatting|-1.0
p:les verlies|vervolgafspraak|-1.0
p:les voor|argumenteren|-0.95
p:les voor|bekritiseren|0.63
p:les voorbij|ik-boodschap|-0.84
p:les weer|bekritiseren|0.94
p:les weer|etiketteren|-0.88
p:les wegzakt|ik-boodschap|1.0
p:les wegzakt|adviseren|1.0
p:lessen geef|bekritiseren|0.96
p:let gewoon|bekritiseren|0.42
p:let maar|bevelen|-0.95
p:let maar|geruststellen|0.95
p:let nooit|jij-boodschap|0.91
p:let op|samenvatting|-0.93
p:let op|waarschuwen|0.93
p:let thuis|jij-boodschap|-0.94
p:let zelf|bekritiseren|0.96
p:letten gewoon|bekritiseren|-1.69
p:letten goed|geruststellen|0.97
p:letten thuis|bekritiseren|0.92
p:leuk dat|jij-boodschap|-0.8
p:leuk dat|bekritiseren|-0.8
p:leuk dat|geruststellen|-0.79
p:leuk te|parafrase|-0.93
p:leukers hebben|afleiden|1.0
p:lever dat|bevelen|0.91
p:lever je|bevelen|1.0
p:levert morgen|bevelen|0.92
p:lezen ze|samenvatting|0.95
p:lezen ze|bedanken|0.89
p:liegen niet|moraliseren|0.92
p:liegen niet|argumenteren|-0.43
p:liegt gewoon|bekritiseren|0.68
p:lieke vindt|bekritiseren|-0.96
p:liet weten|aanmoediging|-0.96
p:liever niet|parafrase|0.98
p:liever niet|afleiden|0.95
p:lig je|jij-boodschap|0.97
p:lig je|waarschuwen|0.87
p:lig je|bekritiseren|1.99
p:lig je|prijzen|-0.73
p:liggen en|adviseren|-0.83
p:ligt maar|jij-boodschap|-0.75
p:ligt maar|geruststellen|1.0
p:ligt wat|open-vraag|0.98
p:lijkt alsof|parafrase|-1.0
p:lijkt alsof|gevoelsreflectie|1.0
p:lijkt alsof|samenvatting|-1.0
p:lijkt alsof|open-vraag|-1.0
p:lijkt erop|geruststellen|-0.99
p:lijkt me|parafrase|-0.91
p:lijkt me|gevoelsreflectie|0.92
p:lijkt me|bekritiseren|-0.99
p:lina haar|ik-boodschap|0.9
p:liv de|adviseren|-0.93
p:loes zo'n|etiketteren|-0.93
p:logisch dat|argumenteren|0.96
p:lokaal 14|vervolgafspraak|0.95
p:loop je|waarschuwen|-0.93
p:loopt niet|etiketteren|-1.0
p:loopt niet|ondervragen|-1.0
p:los te|interpreteren|0.95
p:lossen we|geruststellen|0.87
p:lossen we|afronding-aankondigen|-1.0
p:lotte haar|ik-boodschap|0.94
p:lucas zijn|waarschuwen|0.97
p:luchtig houden|afronding-aankondigen|-0.93
p:lui bent|ik-boodschap|-0.92
p:lui bent|geruststellen|1.76
p:lui is|etiketteren|0.98
p:lui om|bekritiseren|1.54
p:lui om|etiketteren|0.83
p:luie puber|jij-boodschap|1.0
p:luie puber|etiketteren|1.0
p:luistert gewoon|jij-boodschap|1.0
p:luistert gewoon|bekritiseren|1.0
p:luistert nooit|waarschuwen|-0.98
p:lukt hem|jij-boodschap|-0.97
p:lukt hem|samenvatting|0.97
p:lukt het|jij-boodschap|1.0
p:lukt het|bekritiseren|1.0
p:lukt wel|geruststellen|-0.93
p:lunch hoe|open-vraag|0.97
p:luuk is|ik-boodschap|1.0
p:luuk is|jij-boodschap|-1.0
p:maak ik|ik-boodschap|0.97
p:maak ik|adviseren|-0.97
p:maak je|geruststellen|0.96
p:maak me|adviseren|1.0
p:maak me|argumenteren|-0.97
p:maak me|interpreteren|-0.94
p:maak me|geruststellen|-0.95
p:maak me|afleiden|-0.99
p:maakt een|samenvatting|0.93
p:maakt een|vervolgafspraak|0.93
p:maakt er|jij-boodschap|0.99
p:maakt er|bekritiseren|-0.28
p:maakt er|etiketteren|-0.88
p:maakt kan|vervolgafspraak|0.91
p:maakt maar|adviseren|0.91
p:maakt me|ik-boodschap|1.0
p:maakt om|ik-boodschap|-0.93
p:maakt om|interpreteren|0.93
p:maakt over|gevoelsreflectie|0.92
p:maakt over|samenvatting|-0.96
p:maakt u|open-vraag|2.67
p:maakt u|geruststellen|1.0
p:maakt waardoor|ik-boodschap|0.93
p:maakt waardoor|adviseren|0.93
p:maakt waardoor|vervolgafspraak|0.93
p:maakt wat|open-vraag|0.69
p:maakt zich|aanmoediging|-0.86
p:maakt zich|vervolgafspraak|-0.91
p:maakt zijn|interpreteren|-0.96
p:maand evalueren|bedanken|-0.48
p:maand kijken|samenvatting|-0.85
p:maand opnieuw|afronding-aankondigen|-0.94
p:maand van|ik-boodschap|0.71
p:maand van|open-vraag|0.92
p:maand zitten|vervolgafspraak|0.98
p:maandag de|vervolgafspraak|0.99
p:maandag een|afronding-aankondigen|0.93
p:maandag het|vervolgafspraak|0.95
p:maandag in|bevelen|0.91
p:maandag niet|ik-boodschap|0.98
p:maandag niet|vervolgafspraak|-0.98
p:maandag om|ik-boodschap|-0.98
p:maandag om|afronding-aankondigen|-0.88
p:maandag om|bedanken|-0.96
p:maandag terug|bedanken|-0.95
p:maandje ben|geruststellen|0.92
p:maar ach|argumenteren|-0.49
p:maar ach|afleiden|0.92
p:maar beginnen|afleiden|-0.98
p:maar bij|afronding-aankondigen|0.94
p:maar dat|ik-boodschap|-0.97
p:maar dat|open-vraag|-0.97
p:maar de|samenvatting|-0.86
p:maar de|waarschuwen|-0.99
p:maar de|argumenteren|2.92
p:maar de|geruststellen|-0.93
p:maar drie|moraliseren|-0.87
p:maar echt|argumenteren|-0.99
p:maar echt|geruststellen|0.99
p:maar een|argumenteren|0.91
p:maar een|bekritiseren|-0.98
p:maar een|geruststellen|0.12
p:maar een|afleiden|-0.91
p:maar eens|afleiden|-0.93
p:maar genoeg|waarschuwen|-1.0
p:maar genoeg|afleiden|1.0
p:maar goed|open-vraag|-1.57
p:maar goed|afleiden|1.69
p:maar het|jij-boodschap|-0.97
p:maar het|gevoelsreflectie|1.96
p:maar het|samenvatting|1.89
p:maar het|adviseren|-0.87
p:maar het|argumenteren|-0.96
p:maar het|afleiden|-0.84
p:maar hij|jij-boodschap|0.97
p:maar hoe|open-vraag|-1.71
p:maar hoe|afleiden|1.88
p:maar je|ik-boodschap|-0.87
p:maar je|jij-boodschap|-0.75
p:maar je|parafrase|0.99
p:maar je|bevelen|0.97
p:maar je|argumenteren|-0.99
p:maar je|geruststellen|1.89
p:maar joh|gevoelsreflectie|0.94
p:maar joh|afleiden|0.87
p:maar maakt|open-vraag|0.69
p:maar misschien|gevoelsreflectie|1.82
p:maar misschien|adviseren|1.88
p:maar niet|gevoelsreflectie|-0.96
p:maar niet|waarschuwen|0.92
p:maar niet|argumenteren|-0.91
p:maar niet|geruststellen|1.0
p:maar om|bekritiseren|-0.33
p:maar op|bevelen|-0.95
p:maar op|waarschuwen|1.0
p:maar op|bekritiseren|-0.9
p:maar op|etiketteren|-1.0
p:maar op|geruststellen|0.95
p:maar te|interpreteren|-0.99
p:maar thuis|open-vraag|0.98
p:maar u|gevoelsreflectie|-0.86
p:maar u|bekritiseren|1.73
p:maar verder|aanmoediging|0.99
p:maar waarom|geruststellen|-0.94
p:maar waarom|ondervragen|0.95
p:maar ze|geruststellen|0.86
p:maar zeg|aanmoediging|-0.9
p:maar zelf|jij-boodschap|0.95
p:maar zelf|samenvatting|-0.95
p:maar zelf|bekritiseren|1.83
p:maar zijn|bevelen|-0.91
p:maar zijn|bekritiseren|-0.44
p:maart bespreken|samenvatting|0.93
p:maart bespreken|vervolgafspraak|0.93
p:machteloos voelen|gevoelsreflectie|0.96
p:mag een|moraliseren|-0.87
p:mag hij|waarschuwen|0.97
p:mag op|ik-boodschap|-0.71
p:mag op|gevoelsreflectie|0.88
p:mag rustig|aanmoediging|0.97
p:mag verwachten|moraliseren|0.85
p:magister heeft|ik-boodschap|0.94
p:magister heeft|jij-boodschap|-0.43
p:magister heeft|bekritiseren|-0.94
p:mail en|ik-boodschap|-0.98
p:mail gelezen|gevoelsreflectie|-0.86
p:mail gelezen|bekritiseren|0.77
p:mail ik|jij-boodschap|-0.94
p:mail met|parafrase|-1.0
p:mail met|open-vraag|-1.0
p:mail met|afronding-aankondigen|0.93
p:mail naar|geruststellen|-0.91
p:mail niet|samenvatting|1.0
p:mail nooit|parafrase|1.0
p:mail nooit|open-vraag|-1.0
p:mail stuur|argumenteren|-0.76
p:mail u|samenvatting|-0.93
p:mail u|vervolgafspraak|0.99
p:mail van|bekritiseren|0.99
p:mail van|ondervragen|0.97
p:mails dank|bedanken|0.99
p:mails onbeantwoord|gevoelsreflectie|0.96
p:mails sturen|bekritiseren|1.46
p:maken als|waarschuwen|1.0
p:maken als|adviseren|-1.0
p:maken als|prijzen|-1.0
p:maken dat|ik-boodschap|0.93
p:maken dat|gevoelsreflectie|-0.86
p:maken dat|open-vraag|0.95
p:maken dat|adviseren|0.93
p:maken dat|vervolgafspraak|0.93
p:maken en|vervolgafspraak|-0.97
p:maken er|bekritiseren|0.99
p:maken er|etiketteren|-0.99
p:maken hij|waarschuwen|-0.81
p:maken meer|bekritiseren|-0.98
p:maken met|samenvatting|-0.99
p:maken ons|ik-boodschap|-1.0
p:maken ons|parafrase|-1.0
p:maken ons|samenvatting|1.0
p:maken ons|open-vraag|-1.0
p:maken ons|bevelen|-1.0
p:maken ons|interpreteren|-1.0
p:maken op|interpreteren|1.0
p:maken voor|parafrase|-0.93
p:maken zo|geruststellen|-1.0
p:makkelijk bent|bekritiseren|0.95
p:makkelijk daarom|adviseren|0.93
p:makkelijk een|prijzen|0.96
p:makkelijk is|interpreteren|0.99
p:makkelijk met|bekritiseren|-2.32
p:maling aan|waarschuwen|-1.0
p:man de|ik-boodschap|0.56
p:manier om|argumenteren|-0.64
p:manier om|bekritiseren|0.98
p:manier van|jij-boodschap|-0.93
p:manier van|bekritiseren|0.95
p:manier zijn|open-vraag|-0.95
p:marokko hoorde|prijzen|-1.0
p:me daar|afleiden|-0.99
p:me dat|gevoelsreflectie|0.92
p:me dat|bevelen|-0.97
p:me dat|bedanken|-0.64
p:me echt|ik-boodschap|-1.91
p:me echt|gevoelsreflectie|-0.96
p:me echt|open-vraag|-0.97
p:me een|open-vraag|0.97
p:me eraan|gevoelsreflectie|-1.0
p:me eraan|bekritiseren|1.0
p:me erg|parafrase|-0.91
p:me even|bekritiseren|-0.62
p:me frustrerend|bekritiseren|-0.99
p:me geen|geruststellen|-0.95
p:me geraakt|ik-boodschap|0.91
p:me gewoon|jij-boodschap|0.97
p:me gewoon|bekritiseren|0.43
p:me niet|ik-boodschap|0.91
p:me niet|open-vraag|-1.0
p:me niet|argumenteren|-0.91
p:me nooit|bekritiseren|0.73
p:me nu|bekritiseren|0.73
p:me ongerust|ik-boodschap|1.0
p:me op|ik-boodschap|-0.95
p:me op|jij-boodschap|-0.83
p:me op|gevoelsreflectie|-0.79
p:me praat|adviseren|-0.99
p:me praat|prijzen|-0.99
p:me steeds|bekritiseren|0.73
p:me toe|ik-boodschap|0.97
p:me voorstellen|ik-boodschap|-0.89
p:me voorstellen|gevoelsreflectie|0.92
p:me voorstellen|open-vraag|-0.65
p:me wat|ik-boodschap|0.81
p:me zorgen|ik-boodschap|2.9
p:me zorgen|open-vraag|-0.86
p:me zorgen|adviseren|-0.9
p:me zorgen|argumenteren|-0.97
p:me zorgen|interpreteren|-0.94
p:medicijnen regelmatig|open-vraag|-0.97
p:medicijnen regelmatig|vervolgafspraak|0.97
p:mee akkoord|bekritiseren|-0.33
p:mee akkoord|prijzen|0.97
p:mee bent|open-vraag|-0.96
p:mee bezig|interpreteren|0.98
p:mee dan|prijzen|0.83
p:mee dat|afronding-aankondigen|-0.94
p:mee doet|ik-boodschap|-1.0
p:mee doet|jij-boodschap|1.0
p:mee doet|bekritiseren|1.0
p:mee donderdag|samenvatting|-0.95
p:mee donderdag|afronding-aankondigen|0.95
p:mee donderdag|vervolgafspraak|0.86
p:mee donderdag|bedanken|0.55
p:mee en|open-vraag|-0.88
p:mee geholpen|bekritiseren|-0.94
p:mee kan|ik-boodschap|0.98
p:mee kan|parafrase|-0.9
p:mee kan|open-vraag|0.98
p:mee kunt|prijzen|0.99
p:mee mag|ik-boodschap|-0.71
p:mee mag|gevoelsreflectie|0.88
p:mee naar|bevelen|-0.65
p:mee naar|waarschuwen|0.1
p:mee naar|interpreteren|-0.99
p:mee op|ik-boodschap|0.93
p:mee op|bevelen|0.94
p:mee op|waarschuwen|0.97
p:mee op|bekritiseren|0.65
p:mee op|vervolgafspraak|-0.84
p:mee samen|bevelen|-0.96
p:mee te|gevoelsreflectie|-0.86
p:mee te|open-vraag|0.95
p:meedenken !|jij-boodschap|-1.0
p:meedenken !|bekritiseren|-1.0
p:meedenken !|afronding-aankondigen|-1.0
p:meedenken !|bedanken|1.0
p:meedenkend dus|waarschuwen|-0.88
p:meedenkt dan|bekritiseren|-0.33
p:meedenkt dan|prijzen|0.98
p:meedoen met|ik-boodschap|2.87
p:meedoen met|jij-boodschap|-1.0
p:meedoen met|parafrase|-0.93
p:meedoen met|open-vraag|1.0
p:meekrijgen vind|moraliseren|0.98
p:meekrijgen vind|bekritiseren|-0.98
p:meeneemt kan|waarschuwen|-0.94
p:meer aan|ik-boodschap|0.97
p:meer bij|ik-boodschap|-0.98
p:meer bij|open-vraag|0.97
p:meer contact|samenvatting|0.97
p:meer dan|argumenteren|-0.91
p:meer heeft|open-vraag|1.0
p:meer informatie|gevoelsreflectie|-0.73
p:meer laten|prijzen|-0.96
p:meer loslaten|prijzen|0.92
p:meer naar|waarschuwen|-0.99
p:meer naast|parafrase|0.98
p:meer over|gevoelsreflectie|-1.0
p:meer over|samenvatting|-1.0
p:meer over|open-vraag|1.0
p:meer over|interpreteren|0.94
p:meer structuur|parafrase|-0.98
p:meer structuur|samenvatting|1.97
p:meer structuur|aanmoediging|-0.98
p:meer structuur|vervolgafspraak|-0.99
p:meer te|moraliseren|-0.98
p:meer toezicht|bekritiseren|-0.98
p:meer vaste|open-vraag|-0.97
p:meer veilig|samenvatting|-0.96
p:meer verwachten|moraliseren|0.95
p:meer voor|parafrase|-0.99
p:meer voor|bedanken|-0.99
p:meer zegt|jij-boodschap|-0.83
p:meer zegt|open-vraag|-1.0
p:meer zelf|adviseren|0.92
p:mees in|ik-boodschap|-0.5
p:mees om|adviseren|-0.83
p:meest ongerust|open-vraag|0.98
p:meest zorgen|open-vraag|1.0
p:mei gemaild|argumenteren|0.64
p:melden bij|adviseren|-0.92
p:meldt je|samenvatting|-0.93
p:meldt u|adviseren|0.99
p:meneer ait|bevelen|-0.96
p:meneer dat|bekritiseren|-1.58
p:meneer weet|etiketteren|0.95
p:mens dan|afleiden|-0.99
p:mens u|argumenteren|-0.95
p:mentor en|afronding-aankondigen|-0.97
p:mentor erbij|ik-boodschap|-1.0
p:mentor erbij|geruststellen|-1.0
p:mentor erbij|afronding-aankondigen|1.0
p:mentor erbij|vervolgafspraak|0.82
p:mentor gaat|bevelen|-0.96
p:mentor gaf|etiketteren|-0.95
p:mentor gemeld|ondervragen|0.95
p:mentor houdt|geruststellen|0.65
p:mentor krijgt|gevoelsreflectie|-0.99
p:mentor op|bedanken|0.95
p:mentor voor|afleiden|-0.93
p:mentor vragen|ik-boodschap|-0.89
p:mentor yusuf|samenvatting|0.97
p:merk dat|ik-boodschap|-1.02
p:merk dat|gevoelsreflectie|0.16
p:merk dat|open-vraag|-0.94
p:merk dat|aanmoediging|0.88
p:merk dat|geruststellen|-1.0
p:merk ik|ik-boodschap|0.93
p:merk ik|parafrase|-0.99
p:merk ik|gevoelsreflectie|0.85
p:merk ik|interpreteren|-0.93
p:merk je|bekritiseren|-0.99
p:merk je|etiketteren|0.99
p:merken ?|jij-boodschap|0.96
p:merkt u|ik-boodschap|0.71
p:merkt u|open-vraag|0.92
p:merkt u|bekritiseren|-0.96
p:met andere|ik-boodschap|-0.87
p:met andere|parafrase|0.99
p:met andere|gevoelsreflectie|-0.7
p:met andere|argumenteren|-0.99
p:met bellen|bekritiseren|0.9
p:met bram|ondervragen|-0.99
p:met daan|parafrase|1.0
p:met daan|samenvatting|-1.0
p:met daan|prijzen|-1.0
p:met dat|adviseren|-0.92
p:met de|ik-boodschap|1.93
p:met de|jij-boodschap|-1.0
p:met de|parafrase|-0.94
p:met de|gevoelsreflectie|1.61
p:met de|samenvatting|0.92
p:met de|open-vraag|-0.98
p:met de|waarschuwen|-0.87
p:met de|adviseren|-0.95
p:met de|argumenteren|-0.76
p:met de|bekritiseren|0.29
p:met de|prijzen|-0.98
p:met de|afleiden|0.91
p:met de|afronding-aankondigen|0.96
p:met de|vervolgafspraak|4.01
p:met de|bedanken|-0.77
p:met die|parafrase|-0.99
p:met die|gevoelsreflectie|0.94
p:met die|bekritiseren|-2.32
p:met die|vervolgafspraak|-0.97
p:met dit|prijzen|0.99
p:met dit|geruststellen|-0.99
p:met een|jij-boodschap|-0.95
p:met een|argumenteren|0.95
p:met een|bekritiseren|-0.95
p:met een|prijzen|-0.98
p:met een|afronding-aankondigen|0.93
p:met een|vervolgafspraak|-0.98
p:met gym|ik-boodschap|0.94
p:met haar|ik-boodschap|1.93
p:met haar|gevoelsreflectie|0.12
p:met haar|moraliseren|-0.98
p:met haar|adviseren|1.0
p:met haar|bekritiseren|0.14
p:met hem|gevoelsreflectie|0.73
p:met hem|samenvatting|-0.92
p:met hem|adviseren|0.98
p:met hem|bekritiseren|0.97
p:met hem|prijzen|-0.87
p:met hem|vervolgafspraak|-0.98
p:met hem|bedanken|0.95
p:met het|aanmoediging|-1.0
p:met het|afleiden|-1.0
p:met het|vervolgafspraak|0.94
p:met hoe|bekritiseren|0.96
p:met hun|moraliseren|0.95
p:met je|ik-boodschap|-0.93
p:met je|parafrase|0.93
p:met je|samenvatting|0.86
p:met je|bevelen|0.94
p:met je|bekritiseren|1.48
p:met je|geruststellen|-1.0
p:met je|afronding-aankondigen|1.0
p:met je|vervolgafspraak|0.82
p:met lezen|samenvatting|0.95
p:met lezen|bedanken|0.89
p:met mees|adviseren|-0.83
p:met mij|parafrase|-0.99
p:met mij|moraliseren|-0.99
p:met mij|afronding-aankondigen|-0.99
p:met noor|vervolgafspraak|0.97
p:met plannen|gevoelsreflectie|-0.99
p:met plannen|bevelen|-0.99
p:met plannen|adviseren|0.99
p:met plannen|prijzen|0.99
p:met plezier|gevoelsreflectie|-0.98
p:met plezier|open-vraag|0.88
p:met praten|bevelen|0.98
p:met pubers|argumenteren|-0.99
p:met pubers|afleiden|0.99
p:met sam|afleiden|-0.73
p:met sven|adviseren|0.97
p:met u|samenvatting|-0.99
p:met u|open-vraag|-0.98
p:met uw|bekritiseren|-0.88
p:met uw|prijzen|1.7
p:met verlof|bevelen|-0.96
p:met wessel|vervolgafspraak|-0.97
p:met wie|ik-boodschap|-1.0
p:met wie|open-vraag|-0.98
p:met wie|adviseren|-0.99
p:met wie|interpreteren|-1.0
p:met wie|ondervragen|1.0
p:met wie|vervolgafspraak|-1.0
p:met wie|bedanken|-0.95
p:met zijn|gevoelsreflectie|-0.79
p:met zijn|waarschuwen|-1.0
p:met zijn|afleiden|-0.87
p:met zoveel|argumenteren|0.96
p:meteen gemeld|ondervragen|0.99
p:meteen gemeld|afleiden|-0.96
p:meteen in|prijzen|1.7
p:meteen na|open-vraag|-0.99
p:meteen na|adviseren|0.99
p:meteen tegen|geruststellen|-0.94
p:mevrouw de|bevelen|0.99
p:mevrouw de|etiketteren|0.94
p:mevrouw ik|bekritiseren|0.96
p:mevrouw jansen|bekritiseren|-1.8
p:mevrouw smit|jij-boodschap|-0.97
p:mevrouw smit|bevelen|0.84
p:mevrouw smit|interpreteren|-0.99
p:middag ruzie|parafrase|0.93
p:midden in|ik-boodschap|1.0
p:middernacht gaat|open-vraag|-0.98
p:middernacht gaat|afleiden|-0.98
p:middernacht gaat|vervolgafspraak|-0.98
p:middernacht gamen|moraliseren|0.95
p:middernacht gamen|bekritiseren|0.95
p:middernacht gamet|bekritiseren|0.97
p:mij altijd|jij-boodschap|-0.94
p:mij blijft|waarschuwen|0.92
p:mij doet|interpreteren|1.0
p:mij eerst|bevelen|1.0
p:mij gewoon|argumenteren|-0.95
p:mij gezegd|geruststellen|-0.94
p:mij in|ik-boodschap|-0.94
p:mij in|waarschuwen|-0.94
p:mij in|vervolgafspraak|0.95
p:mij is|adviseren|0.93
p:mij legt|adviseren|-0.98
p:mij ooit|jij-boodschap|0.92
p:mij ooit|bekritiseren|1.28
p:mij op|bedanken|-1.0
p:mij praten|parafrase|-0.99
p:mij praten|moraliseren|-0.99
p:mij praten|afronding-aankondigen|-0.99
p:mij teleur|jij-boodschap|0.97
p:mij teleur|bekritiseren|0.97
p:mij terecht|bekritiseren|-0.89
p:mij uitvalt|open-vraag|-0.98
p:mij vanavond|vervolgafspraak|-0.97
p:mij weten|gevoelsreflectie|-1.0
p:mij weten|open-vraag|-1.0
p:mij weten|vervolgafspraak|1.0
p:mij zit|interpreteren|0.98
p:mij zoekt|adviseren|-0.92
p:mijn berichten|ik-boodschap|1.0
p:mijn berichten|bedanken|-0.98
p:mijn bureau|bevelen|0.92
p:mijn collega|bevelen|-0.91
p:mijn collega|prijzen|-0.96
p:mijn collega|vervolgafspraak|0.89
p:mijn collega's|bekritiseren|-2.12
p:mijn eigen|samenvatting|0.8
p:mijn les|ik-boodschap|-0.99
p:mijn les|interpreteren|-0.99
p:mijn lessen|bekritiseren|0.96
p:mijn mails|bedanken|0.99
p:mijn tijd|moraliseren|0.86
p:mijn tijd|adviseren|-0.96
p:mijn verhaal|bekritiseren|0.73
p:mijn volgende|vervolgafspraak|-0.92
p:mijn zin|bevelen|1.0
p:mila ?|moraliseren|1.0
p:mila ?|prijzen|1.0
p:mila zonder|open-vraag|1.0
p:milan de|ik-boodschap|0.94
p:milan de|jij-boodschap|-0.43
p:milan de|bekritiseren|-0.94
p:milan drie|argumenteren|-0.97
p:milan pas|open-vraag|-0.98
p:milan pas|afleiden|-0.98
p:milan pas|vervolgafspraak|-0.98
p:minder scherm|parafrase|-0.98
p:minder scherm|aanmoediging|-0.98
p:minder schermtijd|open-vraag|-0.97
p:minste wat|moraliseren|0.85
p:minuten begint|vervolgafspraak|-0.92
p:minuten te|open-vraag|0.64
p:minuten voor|afronding-aankondigen|-0.97
p:mis de|argumenteren|0.96
p:mis door|geruststellen|-0.93
p:misgaat wat|parafrase|0.95
p:misging ?|gevoelsreflectie|-0.99
p:misschien een|geruststellen|-0.97
p:misschien helpt|adviseren|0.98
p:misschien is|jij-boodschap|-0.96
p:misschien is|adviseren|0.91
p:misschien kan|adviseren|0.93
p:misschien kun|ik-boodschap|-0.95
p:misschien kun|gevoelsreflectie|0.97
p:misschien kun|adviseren|0.97
p:misschien kun|bekritiseren|-0.95
p:misschien kunt|ik-boodschap|1.04
p:misschien kunt|gevoelsreflectie|-0.99
p:misschien kunt|bevelen|-0.99
p:misschien kunt|adviseren|2.92
p:misschien kunt|bekritiseren|0.83
p:misschien kunt|prijzen|-0.86
p:misschien moet|ik-boodschap|0.93
p:misschien zou|gevoelsreflectie|0.85
p:missen maar|moraliseren|0.98
p:mist daardoor|parafrase|-0.86
p:mist en|prijzen|-0.84
p:mist iris|waarschuwen|-0.87
p:mist je|ik-boodschap|-0.95
p:mist je|parafrase|-0.95
p:mist je|samenvatting|0.95
p:mist thijs|ik-boodschap|0.98
p:mist ze|open-vraag|0.97
p:mist zijn|waarschuwen|-0.96
p:mist zonder|argumenteren|0.95
p:mist zonder|etiketteren|-0.95
p:mmm ja|gevoelsreflectie|-0.95
p:mo al|ik-boodschap|0.92
p:mo al|waarschuwen|-0.92
p:mo al|adviseren|-0.92
p:moe bent|adviseren|0.86
p:moe binnen|ik-boodschap|0.97
p:moe binnen|adviseren|-0.97
p:moe is|interpreteren|-0.96
p:moe klopt|open-vraag|-0.95
p:moe van|vervolgafspraak|-0.84
p:moedeloos van|ik-boodschap|1.0
p:moedeloos van|jij-boodschap|-1.0
p:moeder daar|moraliseren|0.95
p:moeder daar|bekritiseren|0.95
p:moeder dan|adviseren|-0.83
p:moeder dank|gevoelsreflectie|-0.84
p:moeder dank|adviseren|-0.97
p:moeder dank|prijzen|-0.97
p:moeder dus|prijzen|0.97
p:moeder misschien|gevoelsreflectie|-0.99
p:moeder misschien|bevelen|-0.99
p:moeder misschien|adviseren|0.99
p:moeder misschien|prijzen|0.99
p:moeder moest|parafrase|0.91
p:moeder moest|prijzen|-0.91
p:moeder moet|moraliseren|0.97
p:moeder u|etiketteren|-0.68
p:moeder u|interpreteren|-0.93
p:moeder zou|waarschuwen|-0.99
p:moeilijk beoordelen|adviseren|-0.93
p:moeilijk hij|gevoelsreflectie|0.76
p:moeilijk hij|samenvatting|0.86
p:moeilijk hij|vervolgafspraak|0.92
p:moeilijk om|interpreteren|0.95
p:moeilijk thuis|samenvatting|1.0
p:moeilijk was|samenvatting|-0.86
p:moeilijk was|argumenteren|0.98
p:moeite genomen|bekritiseren|0.25
p:moeite met|samenvatting|0.95
p:moeite met|bedanken|0.89
p:moeite voor|bekritiseren|1.06
p:moest horen|parafrase|0.91
p:moest horen|prijzen|-0.91
p:moet blijven|geruststellen|0.91
p:moet dat|gevoelsreflectie|0.71
p:moet dat|open-vraag|-0.99
p:moet een|gevoelsreflectie|0.8
p:moet gewoon|bevelen|0.96
p:moet gewoon|geruststellen|0.96
p:moet heel|gevoelsreflectie|0.96
p:moet hem|bevelen|0.91
p:moet hem|adviseren|-0.91
p:moet hem|interpreteren|-0.98
p:moet het|waarschuwen|0.83
p:moet hier|vervolgafspraak|-0.92
p:moet hij|geruststellen|-0.99
p:moet ik|ik-boodschap|-0.96
p:moet ik|gevoelsreflectie|-0.96
p:moet ik|open-vraag|0.64
p:moet je|ik-boodschap|0.93
p:moet je|waarschuwen|1.0
p:moet je|moraliseren|0.98
p:moet je|adviseren|-1.0
p:moet je|bekritiseren|-0.98
p:moet je|prijzen|-1.0
p:moet leren|bevelen|-0.92
p:moet leren|moraliseren|0.91
p:moet morgen|bevelen|-0.85
p:moet morgen|afleiden|-0.97
p:moet nu|bevelen|0.99
p:moet nu|geruststellen|-0.96
p:moet nu|bedanken|-0.99
p:moet sem|ik-boodschap|0.99
p:moet u|moraliseren|0.97
p:moet voor|gevoelsreflectie|0.98
p:moet zich|bevelen|0.47
p:moet zijn|ik-boodschap|-0.93
p:moeten aanspreken|bevelen|0.99
p:moeten afsluiten|vervolgafspraak|-0.98
p:moeten bellen|bekritiseren|-2.03
p:moeten controleren|bevelen|-0.98
p:moeten controleren|bekritiseren|0.58
p:moeten dit|afronding-aankondigen|0.94
p:moeten dit|vervolgafspraak|-0.94
p:moeten doen|adviseren|-0.99
p:moeten doen|bekritiseren|0.87
p:moeten geven|adviseren|-0.93
p:moeten hem|bekritiseren|-0.68
p:moeten het|moraliseren|0.95
p:moeten laten|afronding-aankondigen|0.94
p:moeten melden|ik-boodschap|0.92
p:moeten melden|adviseren|-0.92
p:moeten nu|bedanken|0.63
p:moeten opletten|bekritiseren|-0.85
p:moeten stoppen|vervolgafspraak|-0.99
p:moeten sturen|adviseren|-0.99
p:moeten sturen|bekritiseren|0.87
p:moeten weten|waarschuwen|-0.99
p:moeten weten|moraliseren|0.93
p:moeten zo|etiketteren|-0.77
p:mogelijk dat|jij-boodschap|0.96
p:mohammed is|jij-boodschap|1.71
p:moment voor|interpreteren|-0.99
p:mond houden|geruststellen|-0.96
p:mond tegen|bekritiseren|0.83
p:mooi cijfer|etiketteren|-0.93
p:mooi om|ik-boodschap|0.86
p:mooi vandaag|afleiden|0.98
p:mooie tekening|etiketteren|-0.91
p:morgen de|samenvatting|-0.93
p:morgen de|afronding-aankondigen|-0.94
p:morgen de|vervolgafspraak|0.96
p:morgen eerst|afleiden|-0.97
p:morgen even|bevelen|-0.53
p:morgen gewoon|interpreteren|-0.98
p:morgen haar|open-vraag|-1.0
p:morgen je|bevelen|0.92
p:morgen lever|bevelen|1.0
p:morgen met|bevelen|-0.96
p:morgen naar|jij-boodschap|-0.97
p:morgen om|vervolgafspraak|0.89
p:morgen weer|argumenteren|-0.95
p:morgen weer|bekritiseren|-0.31
p:morgen wil|bevelen|0.98
p:morgen zelf|bevelen|1.33
p:morgen zelf|vervolgafspraak|-1.63
p:motivatie en|ik-boodschap|-0.81
p:na de|jij-boodschap|-0.97
p:na de|parafrase|-0.86
p:na de|samenvatting|0.9
p:na de|open-vraag|1.0
p:na de|moraliseren|-1.0
p:na de|adviseren|-0.99
p:na de|geruststellen|0.99
p:na de|bedanken|-1.0
p:na drie|adviseren|-0.91
p:na het|parafrase|0.91
p:na het|open-vraag|-0.99
p:na middernacht|open-vraag|-0.98
p:na middernacht|afleiden|-0.98
p:na middernacht|vervolgafspraak|-0.98
p:na school|adviseren|0.99
p:naar bed|adviseren|-0.99
p:naar bed|bekritiseren|0.87
p:naar buiten|ik-boodschap|-1.0
p:naar buiten|waarschuwen|1.0
p:naar dat|gevoelsreflectie|0.86
p:naar de|ik-boodschap|0.1
p:naar de|gevoelsreflectie|0.16
p:naar de|samenvatting|0.87
p:naar de|aanmoediging|-0.99
p:naar de|bevelen|0.11
p:naar de|waarschuwen|0.99
p:naar de|adviseren|0.92
p:naar de|interpreteren|-0.99
p:naar de|geruststellen|-0.91
p:naar de|ondervragen|0.99
p:naar die|interpreteren|0.99
p:naar een|ik-boodschap|0.71
p:naar een|samenvatting|-0.89
p:naar een|open-vraag|0.92
p:naar gym|waarschuwen|-0.99
p:naar haar|interpreteren|0.91
p:naar haar|geruststellen|0.9
p:naar het|ik-boodschap|-0.99
p:naar het|argumenteren|-0.99
p:naar het|afleiden|0.99
p:naar huis|ik-boodschap|-0.99
p:naar huis|waarschuwen|-0.89
p:naar keulen|interpreteren|-0.91
p:naar me|ik-boodschap|0.97
p:naar mevrouw|jij-boodschap|-0.97
p:naar mevrouw|bevelen|0.84
p:naar school|gevoelsreflectie|-0.98
p:naar school|open-vraag|0.88
p:naar school|bekritiseren|-1.66
p:naar u|gevoelsreflectie|-0.96
p:naar u|bedanken|-0.75
p:naar voor|open-vraag|-1.56
p:naar want|ik-boodschap|0.97
p:naar wat|jij-boodschap|1.0
p:naar wat|bekritiseren|1.0
p:naast bram|ik-boodschap|0.97
p:naast fatima|jij-boodschap|-0.97
p:naast iemand|parafrase|-0.99
p:naast iemand|moraliseren|-0.99
p:naast iemand|afronding-aankondigen|-0.99
p:naast jayden|parafrase|0.98
p:naast rik|ik-boodschap|0.93
p:naast rik|interpreteren|-0.93
p:naast tim|jij-boodschap|-0.76
p:nabespreking niet|ik-boodschap|0.98
p:nabespreking niet|parafrase|-0.9
p:nabespreking niet|open-vraag|0.98
p:nablijven u|bevelen|0.91
p:nablijven u|adviseren|-0.91
p:nachts ?|bevelen|-0.73
p:nachts ?|waarschuwen|-0.94
p:nachts nog|jij-boodschap|0.83
p:nachts nog|bekritiseren|0.83
p:nachts op|adviseren|0.98
p:nadenken hoor|aanmoediging|0.97
p:natuurkunde kom|jij-boodschap|-0.95
p:natuurkunde kom|argumenteren|0.95
p:natuurkunde kom|bekritiseren|-0.95
p:natuurlijk door|interpreteren|1.0
p:natuurlijk meteen|prijzen|0.72
p:nauwelijks nog|ik-boodschap|0.93
p:nauwelijks nog|interpreteren|-0.93
p:nauwelijks opletten|ik-boodschap|0.97
p:nauwelijks opletten|adviseren|-0.97
p:nederlands een|argumenteren|-0.92
p:nederlands zijn|gevoelsreflectie|-0.92
p:nee hoor|etiketteren|-0.94
p:nee wacht|bevelen|1.0
p:neem gerust|parafrase|-0.91
p:neem gerust|gevoelsreflectie|0.88
p:neem gerust|open-vraag|-0.94
p:neem gerust|aanmoediging|0.88
p:neem hem|waarschuwen|-0.89
p:neem ik|waarschuwen|0.99
p:neem je|aanmoediging|0.97
p:neem je|bevelen|-0.97
p:neemt het|parafrase|-0.91
p:neemt het|gevoelsreflectie|-1.0
p:neemt het|bevelen|-1.0
p:neemt het|bekritiseren|-1.72
p:neemt het|afronding-aankondigen|-1.0
p:neemt me|jij-boodschap|0.97
p:neemt me|bekritiseren|0.43
p:neemt u|aanmoediging|0.95
p:neemt uw|moraliseren|-0.97
p:neer dat|bekritiseren|0.98
p:negen ik|samenvatting|0.96
p:negen ik|vervolgafspraak|0.96
p:negen keer|argumenteren|0.97
p:negen uur|adviseren|0.96
p:negen uur|bekritiseren|-0.94
p:nemen ?|gevoelsreflectie|-0.86
p:nemen ?|open-vraag|0.95
p:nemen de|bekritiseren|0.86
p:nemen zo|bevelen|-0.92
p:nergens bang|geruststellen|0.97
p:nergens iets|bekritiseren|0.98
p:nergens iets|etiketteren|-0.99
p:nergens op|jij-boodschap|-1.0
p:nergens op|adviseren|-1.0
p:nergens op|argumenteren|0.82
p:nergens op|bekritiseren|1.0
p:nergens op|geruststellen|-1.0
p:nergens op|afleiden|-0.99
p:nergens schuld|jij-boodschap|0.95
p:nergens schuld|samenvatting|-0.95
p:nergens schuld|bekritiseren|0.95
p:nergens schuldig|bekritiseren|-0.5
p:net een|jij-boodschap|1.72
p:net een|etiketteren|0.92
p:net terug|prijzen|-1.0
p:netjes om|moraliseren|0.86
p:netjes om|argumenteren|-0.94
p:niemand je|bevelen|-0.97
p:niemand naar|gevoelsreflectie|-0.96
p:niemand naar|bedanken|-0.75
p:niemand u|gevoelsreflectie|2.61
p:niemand van|interpreteren|-0.99
p:niemand zegt|geruststellen|1.76
p:niet aan|ik-boodschap|0.9
p:niet aan|open-vraag|0.97
p:niet aan|adviseren|0.99
p:niet aan|argumenteren|0.91
p:niet aan|bekritiseren|-1.79
p:niet aan|geruststellen|-0.9
p:niet af|ik-boodschap|-0.92
p:niet af|open-vraag|-0.95
p:niet afheeft|ik-boodschap|0.98
p:niet afheeft|parafrase|-0.9
p:niet afheeft|open-vraag|0.98
p:niet alleen|jij-boodschap|-0.97
p:niet alleen|samenvatting|0.97
p:niet andersom|jij-boodschap|1.71
p:niet bereiken|open-vraag|0.96
p:niet bij|ik-boodschap|-1.71
p:niet bij|bevelen|-0.94
p:niet bijwerkt|ik-boodschap|0.98
p:niet bijwerkt|vervolgafspraak|-0.98
p:niet concentreren|open-vraag|-0.96
p:niet consequent|bekritiseren|0.95
p:niet dat|ik-boodschap|-0.92
p:niet dat|jij-boodschap|-0.99
p:niet dat|gevoelsreflectie|-0.7
p:niet dat|waarschuwen|0.92
p:niet dat|moraliseren|0.97
p:niet dat|argumenteren|0.92
p:niet dat|bekritiseren|-0.99
p:niet dat|interpreteren|-0.96
p:niet dat|geruststellen|0.95
p:niet de|ik-boodschap|-1.0
p:niet de|jij-boodschap|-1.0
p:niet de|parafrase|-1.0
p:niet de|gevoelsreflectie|-1.0
p:niet de|samenvatting|-1.0
p:niet de|open-vraag|-1.0
p:niet de|aanmoediging|-1.0
p:niet de|bevelen|-1.0
p:niet de|waarschuwen|-1.0
p:niet de|moraliseren|-1.0
p:niet de|adviseren|-1.0
p:niet de|argumenteren|1.0
p:niet de|bekritiseren|-1.0
p:niet de|prijzen|-1.0
p:niet de|etiketteren|-1.0
p:niet de|interpreteren|-1.0
p:niet de|geruststellen|0.85
p:niet de|ondervragen|-1.0
p:niet de|afleiden|-1.0
p:niet de|afronding-aankondigen|-1.0
p:niet de|vervolgafspraak|-1.0
p:niet de|bedanken|-1.0
p:niet die|moraliseren|0.99
p:niet doet|waarschuwen|1.0
p:niet doet|adviseren|-1.0
p:niet doet|prijzen|-1.0
p:niet druk|gevoelsreflectie|-0.96
p:niet druk|geruststellen|1.96
p:niet duidelijk|moraliseren|-0.93
p:niet eens|ik-boodschap|-0.9
p:niet eens|ondervragen|-0.97
p:niet eerder|ondervragen|0.95
p:niet eerlijk|argumenteren|0.96
p:niet elke|adviseren|1.0
p:niet en|ik-boodschap|0.91
p:niet en|argumenteren|-0.91
p:niet erg|bekritiseren|-0.81
p:niet gaat|open-vraag|-0.95
p:niet gebeld|bekritiseren|0.97
p:niet gebeuren|geruststellen|1.88
p:niet gehad|ik-boodschap|0.91
p:niet gehad|argumenteren|-0.91
p:niet gehoord|gevoelsreflectie|0.85
p:niet gekomen|parafrase|0.93
p:niet gekregen|samenvatting|1.0
p:niet gemaakt|ondervragen|0.97
p:niet gemotiveerd|bekritiseren|-1.58
p:niet gepast|bekritiseren|1.46
p:niet gerust|ik-boodschap|-1.0
p:niet gerust|interpreteren|-1.0
p:niet gerust|vervolgafspraak|-1.0
p:niet gesteund|parafrase|0.91
p:niet geven|ik-boodschap|-0.99
p:niet geven|interpreteren|-0.99
p:niet gewoon|adviseren|-0.99
p:niet gewoon|bekritiseren|0.87
p:niet gewoon|ondervragen|-0.98
p:niet gezien|samenvatting|-1.0
p:niet gezien|interpreteren|0.92
p:niet goed|ik-boodschap|-0.96
p:niet goed|jij-boodschap|0.96
p:niet goed|parafrase|-0.85
p:niet goed|bekritiseren|0.96
p:niet goed|geruststellen|-0.99
p:niet goed|afronding-aankondigen|-0.94
p:niet haalt|geruststellen|-0.88
p:niet hebben|afleiden|0.95
p:niet heeft|ik-boodschap|0.99
p:niet helpen|vervolgafspraak|0.91
p:niet het|argumenteren|-0.49
p:niet het|afleiden|0.92
p:niet hij|argumenteren|0.49
p:niet hoe|gevoelsreflectie|-0.92
p:niet hoort|moraliseren|0.92
p:niet hoort|argumenteren|-0.92
p:niet in|argumenteren|0.75
p:niet in|bekritiseren|0.94
p:niet inlevert|waarschuwen|0.97
p:niet inschrijven|ik-boodschap|0.99
p:niet kan|ik-boodschap|0.74
p:niet kan|waarschuwen|-1.0
p:niet kan|bekritiseren|-1.0
p:niet kan|interpreteren|-0.96
p:niet klaar|ik-boodschap|-0.52
p:niet klaar|bevelen|1.0
p:niet komt|afleiden|-0.98
p:niet kon|gevoelsreflectie|-0.86
p:niet kon|adviseren|0.93
p:niet kon|geruststellen|-0.97
p:niet kon|vervolgafspraak|0.93
p:niet kunnen|ik-boodschap|-1.6
p:niet kunnen|parafrase|0.91
p:niet kwaad|geruststellen|1.0
p:niet lekker|ik-boodschap|0.91
p:niet lekker|open-vraag|-1.0
p:niet lekker|moraliseren|-0.96
p:niet lekker|argumenteren|-0.91
p:niet maakt|adviseren|0.93
p:niet maakt|vervolgafspraak|1.83
p:niet mag|parafrase|0.93
p:niet mee|ik-boodschap|0.28
p:niet mee|parafrase|-0.9
p:niet mee|gevoelsreflectie|0.88
p:niet mee|open-vraag|0.1
p:niet mee|waarschuwen|0.97
p:niet mee|prijzen|0.15
p:niet meedoen|ik-boodschap|2.87
p:niet meedoen|jij-boodschap|-1.0
p:niet meedoen|parafrase|-0.93
p:niet meedoen|open-vraag|1.0
p:niet meeneemt|waarschuwen|-0.94
p:niet meer|parafrase|0.98
p:niet meer|samenvatting|-0.94
p:niet meer|open-vraag|0.97
p:niet meer|waarschuwen|-0.99
p:niet meer|argumenteren|-0.91
p:niet meer|prijzen|-0.96
p:niet met|ik-boodschap|0.98
p:niet met|vervolgafspraak|-0.98
p:niet meteen|geruststellen|-0.94
p:niet meteen|ondervragen|0.99
p:niet meteen|afleiden|-0.96
p:niet na|geruststellen|-0.99
p:niet naar|jij-boodschap|1.0
p:niet naar|bekritiseren|0.28
p:niet naar|interpreteren|1.92
p:niet naar|ondervragen|0.99
p:niet nakijken|waarschuwen|-0.94
p:niet netjes|moraliseren|0.86
p:niet netjes|argumenteren|-0.94
p:niet oefent|argumenteren|2.43
p:niet oefent|geruststellen|-0.8
p:niet of|ik-boodschap|1.0
p:niet onderbreken|ik-boodschap|-0.52
p:niet ongerust|ik-boodschap|-1.0
p:niet ongerust|geruststellen|1.0
p:niet op|bevelen|-0.8
p:niet op|argumenteren|-0.99
p:niet op|bekritiseren|-0.35
p:niet op|afleiden|0.99
p:niet oplaadt|ik-boodschap|0.93
p:niet oplaadt|parafrase|-0.93
p:niet oppast|geruststellen|-0.99
p:niet over|jij-boodschap|-0.95
p:niet over|argumenteren|1.01
p:niet over|bekritiseren|-0.95
p:niet over|geruststellen|-0.87
p:niet plannen|argumenteren|-0.76
p:niet rustig|open-vraag|-0.98
p:niet serieus|jij-boodschap|0.97
p:niet serieus|gevoelsreflectie|0.96
p:niet serieus|bekritiseren|1.3
p:niet slim|bekritiseren|0.92
p:niet slim|geruststellen|-0.95
p:niet snapt|ik-boodschap|-0.93
p:niet snapt|interpreteren|0.93
p:niet snel|waarschuwen|1.0
p:niet snel|ondervragen|-1.0
p:niet stellen|ik-boodschap|1.77
p:niet stopt|moraliseren|-0.97
p:niet te|bekritiseren|-0.22
p:niet toegeven|interpreteren|0.8
p:niet tot|parafrase|-0.91
p:niet uitkomen|ik-boodschap|-0.93
p:niet van|parafrase|0.91
p:niet van|prijzen|0.96
p:niet veilig|parafrase|0.88
p:niet verder|afronding-aankondigen|0.97
p:niet verwerkt|argumenteren|-1.0
p:niet verwerkt|interpreteren|1.0
p:niet volgen|ik-boodschap|0.56
p:niet waar|argumenteren|0.64
p:niet wat|ondervragen|-0.82
p:niet wat|vervolgafspraak|-0.92
p:niet weet|jij-boodschap|0.67
p:niet weet|bekritiseren|0.81
p:niet weg|etiketteren|-1.0
p:niet weg|ondervragen|-1.0
p:niet wegstopt|waarschuwen|0.94
p:niet wist|argumenteren|-0.98
p:niet zo|jij-boodschap|-1.79
p:niet zo|bevelen|0.11
p:niet zo|waarschuwen|-0.99
p:niet zo|moraliseren|-1.79
p:niet zo|etiketteren|1.69
p:niet zo|interpreteren|-1.88
p:niet zo|geruststellen|1.61
p:niet zo|afleiden|0.92
p:niets aan|jij-boodschap|1.66
p:niets aan|bekritiseren|2.55
p:niets aan|geruststellen|-0.99
p:niets afspreken|ik-boodschap|0.67
p:niets doet|parafrase|0.84
p:niets fout|jij-boodschap|-1.84
p:niets fout|bekritiseren|-1.84
p:niets hoort|bekritiseren|-1.76
p:niets liet|aanmoediging|-0.96
p:niets meer|parafrase|-0.99
p:niets meer|open-vraag|-1.0
p:niets meer|bedanken|-0.99
p:niets om|geruststellen|0.98
p:niets van|samenvatting|1.0
p:niets van|bekritiseren|0.7
p:niets verandert|waarschuwen|0.99
p:niets verkeerd|jij-boodschap|-1.65
p:niets verkeerd|bekritiseren|-2.39
p:niets verkeerd|geruststellen|2.41
p:niets voor|bekritiseren|0.81
p:nieuw gesprek|vervolgafspraak|1.0
p:nieuw tijdstip|afronding-aankondigen|0.93
p:nieuwe afspraak|samenvatting|-0.99
p:nieuwe gebouw|argumenteren|-0.91
p:nieuwe gebouw|afleiden|0.98
p:nieuwe huis|open-vraag|-1.71
p:nieuwe huis|afleiden|0.97
p:nieuwe mentor|afleiden|-0.93
p:nieuwe school|interpreteren|0.99
p:nieuwe schoolgids|ondervragen|-0.96
p:nieuwe stof|ik-boodschap|0.91
p:nieuwe stof|argumenteren|-0.91
p:nieuwe vrienden|interpreteren|1.0
p:niks ?|jij-boodschap|0.95
p:niks ?|samenvatting|-0.95
p:niks ?|bekritiseren|1.83
p:niks aan|ik-boodschap|-0.94
p:niks aan|argumenteren|0.67
p:niks in|bekritiseren|0.1
p:niks mee|jij-boodschap|1.0
p:niks mee|bekritiseren|1.0
p:niks mee|vervolgafspraak|-0.84
p:niks meer|jij-boodschap|-0.83
p:niks van|jij-boodschap|0.96
p:niks voor|geruststellen|-0.95
p:niks voor|afleiden|1.82
p:nina in|ik-boodschap|-0.71
p:niveau niet|geruststellen|-0.88
p:noah de|ik-boodschap|0.93
p:noah de|adviseren|0.93
p:noah de|vervolgafspraak|0.93
p:nodig en|samenvatting|0.97
p:nodig hebt|afronding-aankondigen|-0.94
p:nodig heeft|prijzen|0.72
p:nodig ik|afronding-aankondigen|-0.98
p:nodig is|argumenteren|-0.95
p:nodig om|parafrase|-0.93
p:nodig om|open-vraag|0.88
p:nog aan|ik-boodschap|0.93
p:nog aan|samenvatting|0.93
p:nog aan|interpreteren|-0.93
p:nog bespreken|samenvatting|0.99
p:nog een|ik-boodschap|-1.86
p:nog een|waarschuwen|0.9
p:nog een|vervolgafspraak|-0.97
p:nog eens|bevelen|-0.65
p:nog eens|waarschuwen|0.99
p:nog eens|moraliseren|0.91
p:nog eens|interpreteren|-0.99
p:nog even|adviseren|-0.83
p:nog geen|aanmoediging|-0.97
p:nog geen|bekritiseren|-0.96
p:nog gezien|aanmoediging|-0.9
p:nog hulp|afronding-aankondigen|-0.94
p:nog mee|interpreteren|0.98
p:nog meer|moraliseren|-0.98
p:nog niet|ik-boodschap|2.2
p:nog niet|jij-boodschap|-0.97
p:nog niet|bevelen|1.0
p:nog niet|argumenteren|-1.0
p:nog niet|interpreteren|1.0
p:nog op|open-vraag|0.59
p:nog op|afleiden|0.87
p:nog over|interpreteren|-0.91
p:nog steeds|ik-boodschap|-1.0
p:nog steeds|jij-boodschap|1.0
p:nog steeds|bekritiseren|1.0
p:nog wel|prijzen|0.85
p:nog zit|jij-boodschap|0.83
p:nog zit|bekritiseren|0.83
p:nog zo'n|waarschuwen|0.94
p:nog één|parafrase|-0.91
p:nog één|samenvatting|-0.93
p:nog één|bevelen|-0.95
p:nog één|waarschuwen|0.99
p:nog één|adviseren|-0.99
p:nog één|bekritiseren|-0.84
p:nog één|prijzen|-0.99
p:nogal kortzichtige|bekritiseren|0.95
p:nogal onverschillig|bekritiseren|0.91
p:nooit aan|bekritiseren|0.95
p:nooit af|interpreteren|-0.96
p:nooit als|jij-boodschap|-1.7
p:nooit als|waarschuwen|-0.98
p:nooit als|bekritiseren|-1.62
p:nooit als|ondervragen|0.96
p:nooit bereikbaar|bekritiseren|-1.3
p:nooit bij|bekritiseren|0.83
p:nooit de|bekritiseren|0.25
p:nooit echt|jij-boodschap|0.89
p:nooit echt|bekritiseren|0.89
p:nooit een|bekritiseren|-0.67
p:nooit gezien|parafrase|1.0
p:nooit gezien|open-vraag|-1.0
p:nooit in|adviseren|1.0
p:nooit in|bekritiseren|0.85
p:nooit in|etiketteren|-1.0
p:nooit je|bekritiseren|0.91
p:nooit misschien|bekritiseren|0.83
p:nooit na|jij-boodschap|0.88
p:nooit na|bekritiseren|0.96
p:nooit naar|adviseren|-1.0
p:nooit op|jij-boodschap|0.91
p:nooit op|parafrase|-0.91
p:nooit op|bekritiseren|1.05
p:nooit op|bedanken|-0.98
p:nooit uitpraten|bekritiseren|0.73
p:nooit wat|jij-boodschap|0.7
p:nooit wat|bevelen|0.89
p:nooit wat|ondervragen|-0.94
p:nooit zo|bekritiseren|-0.49
p:noor dat|bedanken|0.74
p:noor in|open-vraag|-0.97
p:noor over|vervolgafspraak|0.97
p:noor sinds|open-vraag|-1.0
p:noor zit|vervolgafspraak|-1.0
p:nooti op|jij-boodschap|1.48
p:nooti op|bekritiseren|1.65
p:normaal bij|geruststellen|1.0
p:normaal dat|argumenteren|-0.91
p:normaal om|bekritiseren|0.28
p:normaal op|afleiden|-0.95
p:normering is|argumenteren|0.95
p:nou eenmaal|argumenteren|-0.7
p:nou eenmaal|geruststellen|-0.9
p:nou eenmaal|afleiden|-0.49
p:nou fijn|bekritiseren|0.93
p:nou fijn|bedanken|-1.59
p:nou heel|bekritiseren|1.55
p:nou heel|vervolgafspraak|-0.85
p:nou heel|bedanken|-1.76
p:nou ja|argumenteren|-0.99
p:nou ja|bekritiseren|-0.88
p:nou ja|prijzen|-0.98
p:nou ja|afleiden|0.99
p:nou kijk|ik-boodschap|0.91
p:nou kijk|argumenteren|-0.91
p:nou laten|argumenteren|-0.91
p:nou lekker|bekritiseren|0.95
p:nou lekker|etiketteren|-0.83
p:nou maar|geruststellen|1.0
p:nou mevrouw|etiketteren|0.94
p:nou niet|jij-boodschap|-1.79
p:nou nooit|jij-boodschap|0.7
p:nou nooit|ondervragen|-0.94
p:nou nou|etiketteren|0.94
p:nu aan|bevelen|0.47
p:nu af|samenvatting|0.95
p:nu af|bedanken|0.89
p:nu afsluiten|bevelen|-0.46
p:nu beëindigen|bedanken|-0.95
p:nu echt|bevelen|0.99
p:nu echt|geruststellen|-0.96
p:nu echt|afronding-aankondigen|0.94
p:nu echt|vervolgafspraak|-1.85
p:nu echt|bedanken|-0.36
p:nu een|vervolgafspraak|-0.96
p:nu eenmaal|bevelen|-0.88
p:nu eenmaal|moraliseren|0.13
p:nu eenmaal|argumenteren|0.96
p:nu eenmaal|interpreteren|-0.97
p:nu eenmaal|afleiden|0.72
p:nu eerst|bevelen|0.97
p:nu er|ik-boodschap|0.99
p:nu even|aanmoediging|-0.82
p:nu even|bevelen|0.77
p:nu even|argumenteren|-0.99
p:nu even|bekritiseren|0.73
p:nu even|prijzen|0.99
p:nu even|afleiden|0.99
p:nu gaan|bevelen|-1.0
p:nu gehad|jij-boodschap|-0.89
p:nu gehad|samenvatting|0.99
p:nu gehad|bekritiseren|-0.93
p:nu maar|argumenteren|-0.91
p:nu mee|samenvatting|-0.95
p:nu mee|bevelen|0.94
p:nu mee|bekritiseren|0.65
p:nu mee|afronding-aankondigen|0.95
p:nu mee|vervolgafspraak|0.86
p:nu mee|bedanken|0.55
p:nu met|ik-boodschap|0.93
p:nu met|gevoelsreflectie|-0.13
p:nu met|samenvatting|-0.92
p:nu met|afleiden|-0.73
p:nu niet|ik-boodschap|-0.91
p:nu niet|moraliseren|-0.97
p:nu niet|ondervragen|-0.96
p:nu niet|afleiden|1.91
p:nu pas|bekritiseren|-0.97
p:nu stoppen|ik-boodschap|-1.0
p:nu stoppen|geruststellen|-1.0
p:nu stoppen|afronding-aankondigen|1.0
p:nu stoppen|vervolgafspraak|0.82
p:nu stopt|bevelen|0.98
p:nu toe|jij-boodschap|-1.0
p:nu toe|parafrase|-0.86
p:nu toe|bekritiseren|-1.0
p:nu tussen|ik-boodschap|-0.62
p:nu tussen|samenvatting|-0.75
p:nu tussen|afleiden|-1.0
p:nu weet|afronding-aankondigen|-0.94
p:nu zitten|bevelen|0.89
p:och dat|afleiden|0.97
p:ochtend te|ik-boodschap|0.93
p:ochtends moe|ik-boodschap|0.97
p:ochtends moe|adviseren|-0.97
p:oefeningen niet|gevoelsreflectie|-0.86
p:oefeningen niet|open-vraag|0.95
p:oefent haalt|argumenteren|1.51
p:oefent haalt|geruststellen|-0.8
p:oefent kun|argumenteren|0.92
p:oefentoets hebt|afronding-aankondigen|-0.94
p:of het|ik-boodschap|1.0
p:of hij|bekritiseren|0.92
p:of ik|samenvatting|-0.88
p:of ik|aanmoediging|-0.99
p:of ik|waarschuwen|0.99
p:of je|waarschuwen|-1.0
p:of je|moraliseren|-1.0
p:of je|bekritiseren|-1.0
p:of ze|ik-boodschap|-0.88
p:officiële waarschuwing|parafrase|-0.91
p:ogen te|bevelen|0.94
p:ogen te|bekritiseren|0.65
p:ok we|afronding-aankondigen|1.0
p:oke ik|afronding-aankondigen|0.94
p:oké ?|aanmoediging|-0.91
p:oké dat|bekritiseren|0.97
p:oké en|aanmoediging|0.72
p:om aandacht|bekritiseren|-0.33
p:om aandacht|interpreteren|1.0
p:om acht|samenvatting|-0.93
p:om af|moraliseren|-0.85
p:om af|afronding-aankondigen|0.99
p:om dat|parafrase|0.91
p:om de|ik-boodschap|-0.81
p:om de|samenvatting|1.87
p:om de|adviseren|0.17
p:om de|afleiden|-1.0
p:om drie|bekritiseren|-0.66
p:om drie|afronding-aankondigen|-0.88
p:om drie|bedanken|-0.96
p:om een|moraliseren|0.86
p:om een|argumenteren|-0.64
p:om een|bekritiseren|1.26
p:om een|geruststellen|-0.97
p:om elke|ik-boodschap|-0.89
p:om elke|interpreteren|-0.93
p:om haar|adviseren|0.91
p:om haar|vervolgafspraak|-0.91
p:om half|ik-boodschap|-0.98
p:om half|samenvatting|-0.95
p:om half|afronding-aankondigen|0.95
p:om half|vervolgafspraak|0.86
p:om half|bedanken|0.55
p:om hem|gevoelsreflectie|-0.86
p:om hem|open-vraag|0.95
p:om hem|waarschuwen|-1.0
p:om hem|interpreteren|0.95
p:om het|parafrase|-0.93
p:om het|aanmoediging|-0.76
p:om het|moraliseren|-0.94
p:om het|adviseren|-0.83
p:om het|bekritiseren|-0.98
p:om hier|interpreteren|-0.92
p:om hoe|open-vraag|-0.7
p:om in|open-vraag|0.99
p:om je|ik-boodschap|-0.99
p:om je|open-vraag|-0.7
p:om je|moraliseren|0.99
p:om je|interpreteren|-0.99
p:om je|geruststellen|0.98
p:om kwart|bevelen|0.98
p:om kwart|vervolgafspraak|-0.93
p:om mee|bevelen|-0.96
p:om naar|gevoelsreflectie|0.88
p:om negen|adviseren|0.96
p:om negen|bekritiseren|-0.94
p:om samen|jij-boodschap|-0.96
p:om samen|moraliseren|-0.98
p:om samen|adviseren|0.98
p:om school|bekritiseren|0.91
p:om stoer|bekritiseren|-0.82
p:om stoer|interpreteren|0.96
p:om tafel|samenvatting|0.96
p:om tafel|afronding-aankondigen|-0.94
p:om tafel|vervolgafspraak|1.93
p:om te|ik-boodschap|1.8
p:om te|jij-boodschap|-0.91
p:om te|open-vraag|-0.97
p:om te|bekritiseren|0.4
p:om te|etiketteren|0.22
p:om te|interpreteren|1.85
p:om te|vervolgafspraak|1.9
p:om tien|ik-boodschap|0.92
p:om tien|waarschuwen|-0.92
p:om tien|moraliseren|0.98
p:om tien|adviseren|-0.92
p:om twee|jij-boodschap|0.83
p:om twee|bekritiseren|0.83
p:om vier|adviseren|-0.95
p:om vier|ondervragen|-1.0
p:om vier|afronding-aankondigen|-1.0
p:om vier|vervolgafspraak|1.0
p:om we|vervolgafspraak|-0.99
p:om weer|open-vraag|0.88
p:om weer|bekritiseren|-0.7
p:om weer|prijzen|-1.0
p:om zijn|ik-boodschap|-0.81
p:om zijn|samenvatting|0.93
p:om zijn|adviseren|-0.83
p:om zo|argumenteren|-0.94
p:omar heeft|adviseren|-0.96
p:omdat bram|aanmoediging|-0.97
p:omdat de|aanmoediging|-0.96
p:omdat hij|argumenteren|-1.0
p:omdat hij|bekritiseren|-0.72
p:omdat hij|interpreteren|0.99
p:omdat hij|geruststellen|-0.98
p:omdat ik|waarschuwen|-1.0
p:omdat ik|moraliseren|-1.0
p:omdat ik|bekritiseren|-1.0
p:omdat je|interpreteren|0.82
p:omdat je|afleiden|-0.73
p:omdat lina|ik-boodschap|0.9
p:omdat milan|argumenteren|-0.97
p:omdat niemand|gevoelsreflectie|1.0
p:omdat tess|open-vraag|-0.97
p:omdat tess|vervolgafspraak|0.97
p:omdat u|parafrase|0.91
p:omdat u|bekritiseren|-0.95
p:omdat u|prijzen|-1.91
p:omdat u|interpreteren|1.96
p:omdat u|ondervragen|-0.99
p:omdat u|vervolgafspraak|-1.0
p:omdat uw|gevoelsreflectie|0.96
p:omdat ze|ik-boodschap|1.0
p:onbeantwoord bleven|gevoelsreflectie|0.96
p:onbeleefd gedraagt|jij-boodschap|0.98
p:onbeleefd gedraagt|bekritiseren|0.98
p:onbeleefd tegen|bekritiseren|-1.21
p:onbetrouwbare jongen|bekritiseren|-1.86
p:onbetrouwbare jongen|etiketteren|1.0
p:onder zetten|vervolgafspraak|-0.96
p:onderbreekt me|bekritiseren|0.73
p:onderbreken ik|ik-boodschap|-0.52
p:onderschat dit|waarschuwen|0.99
p:onderzoek blijkt|argumenteren|0.91
p:oneerlijk over|gevoelsreflectie|-0.91
p:oneerlijk over|bekritiseren|0.58
p:ongeoorloofd afwezig|etiketteren|-0.89
p:ongerust ?|open-vraag|0.98
p:ongerust bent|gevoelsreflectie|0.99
p:ongerust bent|adviseren|-0.87
p:ongerust bent|geruststellen|1.85
p:ongerust dat|gevoelsreflectie|0.96
p:ongerust hoor|ondervragen|0.95
p:ongerust maakt|parafrase|-0.98
p:ongerust maakt|open-vraag|-0.63
p:ongerust maakt|bedanken|-0.98
p:ongerust over|gevoelsreflectie|0.88
p:ongerust over|geruststellen|-0.78
p:ongerust te|ik-boodschap|-1.0
p:ongerust te|geruststellen|1.0
p:ongerust wat|gevoelsreflectie|1.0
p:ongerust wat|open-vraag|1.0
p:ongerust wat|adviseren|-1.0
p:ongeveer twintig|afronding-aankondigen|-0.97
p:ongeïnteresseerd dat|bekritiseren|-1.67
p:onhandig geweest|bekritiseren|0.97
p:online doet|waarschuwen|-0.99
p:online doet|bekritiseren|0.42
p:onredelijke eis|bekritiseren|0.74
p:onrustig en|samenvatting|1.0
p:onrustig wordt|ik-boodschap|-0.5
p:onrustige periode|open-vraag|-0.62
p:ons allebei|ik-boodschap|-1.0
p:ons allebei|parafrase|-1.0
p:ons allebei|samenvatting|1.0
p:ons allebei|open-vraag|-1.98
p:ons allebei|bevelen|-1.0
p:ons allebei|interpreteren|-1.0
p:ons gesprek|parafrase|-0.91
p:ons op|jij-boodschap|-0.91
p:ons verwacht|open-vraag|0.62
p:ons vorige|jij-boodschap|-0.94
p:ontzettend aanstelt|bekritiseren|0.99
p:ontzettend onbeleefd|bekritiseren|0.59
p:onverschillig als|bekritiseren|0.91
p:onvoldoende haalt|etiketteren|-0.96
p:onvoldoende heeft|argumenteren|0.75
p:onvoldoende in|argumenteren|-0.49
p:onvoldoende in|afleiden|0.92
p:onvoldoendes dus|argumenteren|0.99
p:onvoldoendes op|ik-boodschap|0.99
p:onze beste|moraliseren|1.0
p:onze beste|prijzen|1.0
p:onze tijd|aanmoediging|-0.64
p:onze tijd|bevelen|-0.46
p:onze tijd|vervolgafspraak|-0.99
p:onze tijd|bedanken|-0.95
p:onzeker bent|afleiden|-0.73
p:onzeker van|geruststellen|-1.0
p:oog binnenkwam|ik-boodschap|0.91
p:ooit gereageerd|jij-boodschap|0.92
p:ooit gereageerd|bekritiseren|1.28
p:ook 's|bevelen|-0.73
p:ook 's|waarschuwen|-0.94
p:ook altijd|bekritiseren|1.28
p:ook altijd|prijzen|-0.81
p:ook bij|jij-boodschap|-0.8
p:ook bij|bekritiseren|-0.8
p:ook bij|geruststellen|-0.79
p:ook bij|vervolgafspraak|0.92
p:ook dat|moraliseren|0.92
p:ook dat|argumenteren|-0.92
p:ook de|vervolgafspraak|0.96
p:ook een|gevoelsreflectie|-0.88
p:ook een|interpreteren|-0.93
p:ook eens|jij-boodschap|0.94
p:ook eens|adviseren|0.81
p:ook eens|bekritiseren|1.78
p:ook even|bevelen|-0.96
p:ook even|prijzen|-0.96
p:ook goed|prijzen|0.98
p:ook in|argumenteren|-0.95
p:ook in|bekritiseren|-0.82
p:ook in|ondervragen|0.95
p:ook lastig|interpreteren|-0.99
p:ook mee|bekritiseren|-0.33
p:ook meekwam|bedanken|0.74
p:ook met|moraliseren|0.95
p:ook naar|gevoelsreflectie|0.86
p:ook niet|argumenteren|0.92
p:ook niet|geruststellen|0.93
p:ook niks|ik-boodschap|-0.94
p:ook niks|argumenteren|0.67
p:ook nog|prijzen|0.85
p:ook nooit|bevelen|0.89
p:ook nooit|adviseren|-1.0
p:ook op|argumenteren|0.96
p:ook slecht|bekritiseren|-0.95
p:ook uit|moraliseren|-0.91
p:ook uit|afronding-aankondigen|-0.98
p:ook wel|moraliseren|-1.0
p:ook wel|bekritiseren|-1.0
p:ook wel|geruststellen|-0.86
p:ook wel|ondervragen|-0.98
p:ook zo|moraliseren|1.0
p:ook zo|prijzen|1.0
p:oortjes in|open-vraag|-0.88
p:op 12|argumenteren|0.64
p:op 14|samenvatting|0.93
p:op 14|vervolgafspraak|0.93
p:op afspraken|ondervragen|-0.91
p:op als|parafrase|-0.91
p:op bram|samenvatting|-0.93
p:op dat|ik-boodschap|-0.95
p:op dat|jij-boodschap|-0.83
p:op dat|gevoelsreflectie|-0.79
p:op de|ik-boodschap|-1.7
p:op de|jij-boodschap|0.54
p:op de|open-vraag|0.59
p:op de|waarschuwen|0.95
p:op de|adviseren|0.14
p:op de|argumenteren|-0.79
p:op de|bekritiseren|2.65
p:op de|prijzen|0.99
p:op de|etiketteren|-0.95
p:op de|geruststellen|-0.99
p:op de|afleiden|-0.93
p:op de|bedanken|0.95
p:op deze|open-vraag|-0.95
p:op deze|bekritiseren|-0.96
p:op deze|afleiden|-0.95
p:op die|geruststellen|-0.99
p:op die|afleiden|0.99
p:op drie|argumenteren|0.49
p:op een|samenvatting|1.0
p:op een|open-vraag|-0.22
p:op een|waarschuwen|-0.96
p:op een|adviseren|-0.83
p:op een|bekritiseren|-0.87
p:op en|waarschuwen|0.92
p:op excursie|prijzen|0.99
p:op geen|jij-boodschap|0.92
p:op geen|bekritiseren|1.28
p:op haar|bekritiseren|-1.23
p:op het|ik-boodschap|0.99
p:op het|argumenteren|-0.92
p:op het|bekritiseren|-0.97
p:op het|afleiden|0.95
p:op in|ik-boodschap|-0.91
p:op in|jij-boodschap|0.91
p:op in|bevelen|-0.8
p:op in|adviseren|0.83
p:op in|argumenteren|-0.99
p:op in|ondervragen|-0.96
p:op in|afleiden|0.99
p:op internet|moraliseren|0.97
p:op je|bevelen|-0.73
p:op je|interpreteren|1.0
p:op kamp|ik-boodschap|-0.71
p:op kamp|gevoelsreflectie|0.88
p:op kamp|waarschuwen|0.97
p:op kantoor|bedanken|-1.0
p:op laten|ik-boodschap|0.93
p:op laten|vervolgafspraak|-0.84
p:op maar|jij-boodschap|0.95
p:op maar|samenvatting|-0.95
p:op maar|bekritiseren|1.83
p:op mijn|ik-boodschap|1.0
p:op mijn|bevelen|0.92
p:op of|bekritiseren|0.92
p:op school|parafrase|-0.9
p:op school|samenvatting|0.99
p:op school|bekritiseren|-0.93
p:op school|afleiden|-0.57
p:op school|afronding-aankondigen|-0.88
p:op school|vervolgafspraak|-0.99
p:op school|bedanken|-0.91
p:op stap|bedanken|-0.95
p:op straks|bekritiseren|-0.9
p:op tafel|ik-boodschap|0.96
p:op tafel|gevoelsreflectie|-0.79
p:op tafel|open-vraag|0.97
p:op te|argumenteren|-0.64
p:op te|bekritiseren|0.98
p:op terug|bevelen|-0.99
p:op tijd|jij-boodschap|-0.6
p:op tijd|bevelen|1.55
p:op tijd|moraliseren|0.94
p:op tijd|adviseren|-0.1
p:op tijd|bekritiseren|-0.7
p:op tijd|prijzen|-1.0
p:op tijd|interpreteren|-0.98
p:op u|aanmoediging|-0.88
p:op uw|parafrase|-0.91
p:op vakantie|afleiden|0.87
p:op vrijdag|waarschuwen|-1.0
p:op vrijdag|moraliseren|-1.0
p:op vrijdag|bekritiseren|-1.0
p:op wat|bekritiseren|-1.27
p:op welke|open-vraag|-0.99
p:op wit|argumenteren|0.95
p:op woensdag|samenvatting|0.86
p:op zak|ik-boodschap|-1.0
p:op zak|geruststellen|1.0
p:op zijn|open-vraag|0.96
p:op zijn|bevelen|0.99
p:op zijn|geruststellen|0.77
p:op zo|geruststellen|-0.66
p:op zondag|adviseren|0.93
p:opdagen wordt|afleiden|-0.98
p:opdracht doen|adviseren|-0.81
p:opdracht doen|prijzen|0.81
p:opdracht doen|etiketteren|-0.93
p:opdracht echt|bekritiseren|0.84
p:opdracht in|ik-boodschap|0.94
p:opdracht in|jij-boodschap|-0.43
p:opdracht in|bekritiseren|-0.94
p:opdracht staat|argumenteren|0.82
p:opdracht wel|ik-boodschap|-0.97
p:opdracht wel|open-vraag|-0.97
p:opdracht wel|geruststellen|-0.97
p:opdrachten en|open-vraag|1.0
p:opdrachten toe|ik-boodschap|0.97
p:opdrachten toekomt|ik-boodschap|0.93
p:opdrachten toekomt|interpreteren|-0.93
p:open bent|bedanken|0.77
p:oplaadt kun|ik-boodschap|0.93
p:oplaadt kun|parafrase|-0.93
p:opletten daar|ik-boodschap|0.97
p:opletten daar|adviseren|-0.97
p:oplossen ?|open-vraag|1.0
p:opmerking en|waarschuwen|0.94
p:opmerking en|bekritiseren|-0.84
p:opmerking is|bekritiseren|1.13
p:opmerking is|interpreteren|-0.94
p:opneemt raak|ik-boodschap|1.0
p:opnieuw om|afronding-aankondigen|-0.94
p:oppast moet|geruststellen|-0.99
p:oprecht jammer|ik-boodschap|0.9
p:oprecht van|ik-boodschap|0.71
p:oprecht van|open-vraag|0.92
p:opschrijft dus|ik-boodschap|0.96
p:opschrijft dus|bevelen|-0.84
p:opstaat kunnen|ik-boodschap|0.67
p:opstandig is|interpreteren|0.92
p:oude school|ik-boodschap|-0.95
p:oude school|parafrase|-0.95
p:oude school|samenvatting|0.95
p:oude school|interpreteren|0.91
p:oude school|geruststellen|0.9
p:ouder bent|geruststellen|2.33
p:ouder die|moraliseren|-0.96
p:ouder die|prijzen|-0.82
p:ouder die|etiketteren|0.96
p:ouder heeft|moraliseren|-0.94
p:ouder hoort|moraliseren|0.9
p:ouder om|bevelen|-0.96
p:ouder weet|moraliseren|0.96
p:ouderavond gekomen|ondervragen|0.99
p:ouderavond ontvangen|gevoelsreflectie|-0.97
p:ouders dat|bevelen|-0.73
p:ouders dat|waarschuwen|-0.94
p:ouders dat|bekritiseren|-0.99
p:ouders dat|etiketteren|0.99
p:ouders moeten|moraliseren|0.95
p:ouders tekortgeschoten|bekritiseren|0.4
p:ouders veel|bekritiseren|-2.11
p:ouders wachten|afronding-aankondigen|0.94
p:ouders wachten|vervolgafspraak|-0.94
p:over ?|gevoelsreflectie|-1.0
p:over ?|open-vraag|1.0
p:over acht|bevelen|0.98
p:over acht|vervolgafspraak|-0.93
p:over dat|afleiden|0.95
p:over de|ik-boodschap|-1.6
p:over de|parafrase|0.91
p:over de|samenvatting|-0.94
p:over de|open-vraag|0.75
p:over de|ondervragen|-0.99
p:over de|afleiden|-1.15
p:over de|vervolgafspraak|-1.92
p:over die|gevoelsreflectie|-1.0
p:over die|samenvatting|-1.0
p:over die|open-vraag|1.0
p:over drie|samenvatting|1.11
p:over drie|vervolgafspraak|0.96
p:over echt|etiketteren|-0.98
p:over echt|interpreteren|-0.78
p:over een|samenvatting|-0.85
p:over een|geruststellen|0.92
p:over een|afronding-aankondigen|-0.94
p:over een|vervolgafspraak|0.98
p:over een|bedanken|-0.48
p:over haar|samenvatting|0.99
p:over haar|vervolgafspraak|0.97
p:over hebben|argumenteren|-0.91
p:over hebben|afleiden|0.98
p:over het|ik-boodschap|-0.99
p:over het|samenvatting|-0.96
p:over het|geruststellen|-0.87
p:over het|afleiden|-0.93
p:over het|vervolgafspraak|0.98
p:over hetzelfde|ik-boodschap|0.93
p:over hetzelfde|vervolgafspraak|-0.84
p:over hoe|ik-boodschap|-1.0
p:over hoe|parafrase|-1.0
p:over hoe|samenvatting|1.0
p:over hoe|open-vraag|-1.0
p:over hoe|bevelen|-1.0
p:over hoe|interpreteren|-1.0
p:over hoe|afleiden|0.99
p:over iets|jij-boodschap|-0.96
p:over iets|afleiden|1.87
p:over je|ik-boodschap|0.93
p:over je|jij-boodschap|-0.89
p:over je|bekritiseren|-0.93
p:over je|afleiden|0.87
p:over naar|argumenteren|-0.99
p:over naar|afleiden|0.99
p:over school|parafrase|0.98
p:over te|argumenteren|0.97
p:over te|bekritiseren|-0.5
p:over te|geruststellen|0.98
p:over twee|ik-boodschap|0.93
p:over twee|samenvatting|0.86
p:over twee|adviseren|0.93
p:over twee|afronding-aankondigen|-0.94
p:over twee|vervolgafspraak|2.8
p:over u|interpreteren|0.94
p:over uw|geruststellen|-0.87
p:over uw|afleiden|-0.93
p:over vertellen|gevoelsreflectie|0.95
p:over vijf|vervolgafspraak|-0.92
p:over wat|gevoelsreflectie|-0.91
p:over wat|open-vraag|0.97
p:over wat|bekritiseren|0.58
p:over zes|afleiden|-0.97
p:over zijn|ik-boodschap|-1.0
p:over zijn|parafrase|-1.0
p:over zijn|gevoelsreflectie|0.92
p:over zijn|open-vraag|-1.0
p:over zijn|aanmoediging|-1.72
p:over zijn|bevelen|-1.0
p:over zijn|interpreteren|-1.0
p:over zijn|geruststellen|-0.95
p:over zijn|afleiden|-0.94
p:over zijn|bedanken|0.95
p:overal een|moraliseren|-0.96
p:overal een|prijzen|-0.82
p:overal een|etiketteren|0.96
p:overal kritiek|jij-boodschap|0.95
p:overal kritiek|samenvatting|-0.95
p:overal kritiek|bekritiseren|1.83
p:overal maling|waarschuwen|-1.0
p:overal mee|gevoelsreflectie|-0.86
p:overal mee|bekritiseren|-0.18
p:overdrijft echt|bekritiseren|1.05
p:overgang de|open-vraag|0.75
p:overgang de|vervolgafspraak|-0.97
p:overgangsnormen daar|ik-boodschap|-0.94
p:overgangsnormen daar|argumenteren|0.67
p:overgeslagen want|afronding-aankondigen|-0.94
p:overkomt de|geruststellen|0.98
p:overkomt iedereen|geruststellen|-2.38
p:overkomt iedereen|afleiden|1.6
p:overleg met|samenvatting|0.93
p:overleg met|vervolgafspraak|1.9
p:overstap naar|ik-boodschap|-0.99
p:overstap zwaar|bekritiseren|-0.96
p:paar appjes|gevoelsreflectie|-0.93
p:paar weken|geruststellen|0.91
p:pak ik|waarschuwen|0.94
p:pakken ?|afleiden|0.95
p:pakt neem|bevelen|-0.47
p:pakt sem|ik-boodschap|-0.9
p:pakt terwijl|gevoelsreflectie|-0.96
p:paniek dit|geruststellen|0.87
p:paniek dit|afronding-aankondigen|-1.0
p:pas ?|bekritiseren|-0.97
p:pas als|bekritiseren|0.98
p:pas maar|waarschuwen|1.0
p:pas maar|bekritiseren|-0.9
p:pas maar|etiketteren|-1.0
p:pas na|parafrase|1.0
p:pas na|moraliseren|-1.0
p:pas na|afleiden|-0.98
p:pas na|vervolgafspraak|-0.98
p:pas na|bedanken|-1.0
p:pas om|ik-boodschap|0.92
p:pas om|waarschuwen|-0.92
p:pas om|adviseren|-0.92
p:pas om|vervolgafspraak|-0.93
p:pas op|geruststellen|-0.66
p:pasje weer|ik-boodschap|-0.76
p:pauze alleen|ik-boodschap|0.1
p:pauze hebt|ik-boodschap|0.9
p:pauze hebt|gevoelsreflectie|-0.96
p:pauze hebt|bekritiseren|-0.11
p:pauze niet|ik-boodschap|-0.98
p:pauze steeds|open-vraag|-0.97
p:pen op|ik-boodschap|0.96
p:per dag|bevelen|-0.73
p:per dag|waarschuwen|-0.94
p:per week|vervolgafspraak|-1.0
p:periode 2|argumenteren|-0.92
p:periode even|ik-boodschap|-0.92
p:pest andere|samenvatting|-0.99
p:pest andere|bekritiseren|0.85
p:pest niet|jij-boodschap|1.71
p:pesten stopt|gevoelsreflectie|-0.73
p:pesterijen en|samenvatting|0.99
p:pff dat|gevoelsreflectie|-0.93
p:pijn doet|waarschuwen|-0.99
p:pijn hebt|bevelen|-1.0
p:pijn hebt|afleiden|-1.0
p:pijn om|open-vraag|-0.97
p:plaats gewoon|adviseren|0.97
p:plaats van|adviseren|-0.9
p:plaats van|interpreteren|-0.99
p:plan dat|gevoelsreflectie|0.76
p:plan dat|samenvatting|0.86
p:plan dat|vervolgafspraak|0.92
p:plan een|adviseren|-0.95
p:plan een|afronding-aankondigen|-1.0
p:plan een|vervolgafspraak|1.0
p:plannen ?|jij-boodschap|-1.7
p:plannen ?|bekritiseren|-1.62
p:plannen ?|ondervragen|0.14
p:plannen daan|bevelen|0.96
p:plannen daan|geruststellen|0.96
p:plannen een|afronding-aankondigen|0.97
p:plannen en|argumenteren|-0.76
p:plannen voor|bekritiseren|-0.93
p:planner bijhoudt|ik-boodschap|-0.93
p:planner geen|ik-boodschap|0.96
p:planner geen|bevelen|-0.84
p:planner in|ik-boodschap|0.98
p:planner in|vervolgafspraak|-0.98
p:planner van|ik-boodschap|-0.92
p:planning bijhoudt|samenvatting|0.94
p:planning controleert|bedanken|-0.48
p:planning en|jij-boodschap|0.97
p:planning en|bedanken|0.95
p:planning ik|vervolgafspraak|0.97
p:planning met|vervolgafspraak|-0.97
p:planning voor|afleiden|-0.96
p:planning voor|vervolgafspraak|-0.96
p:playstation gewoon|adviseren|1.0
p:playstation gewoon|bekritiseren|0.85
p:playstation gewoon|etiketteren|-1.0
p:plek in|samenvatting|0.11
p:plek op|waarschuwen|0.91
p:plezier krijgt|samenvatting|0.9
p:plezier naar|gevoelsreflectie|-0.98
p:plezier naar|open-vraag|0.88
p:pootjes terecht|geruststellen|0.77
p:praat en|samenvatting|0.94
p:praat kunnen|open-vraag|-0.96
p:praat kunt|adviseren|-0.99
p:praat kunt|prijzen|-0.99
p:praat merk|parafrase|-0.99
p:praat met|samenvatting|0.86
p:praat thuis|vervolgafspraak|0.97
p:praat thuis|bedanken|0.95
p:praat volgende|ik-boodschap|-0.93
p:praat wat|bevelen|0.97
p:praat wat|geruststellen|-0.97
p:praten ?|aanmoediging|-1.0
p:praten ?|ondervragen|-1.0
p:praten ?|afronding-aankondigen|-1.0
p:praten ?|vervolgafspraak|1.0
p:praten dat|afleiden|-0.57
p:praten en|open-vraag|-0.98
p:praten kan|ik-boodschap|0.56
p:praten versta|vervolgafspraak|-0.92
p:praten want|ik-boodschap|0.93
p:praten want|vervolgafspraak|-0.84
p:praten we|ik-boodschap|-1.0
p:praten we|geruststellen|-1.0
p:praten we|afronding-aankondigen|0.12
p:praten we|vervolgafspraak|0.82
p:praten we|bedanken|-0.96
p:praten zet|waarschuwen|0.95
p:precies gebeurd|gevoelsreflectie|0.99
p:precies gehoord|afleiden|-0.96
p:prikkelbaar is|bekritiseren|-0.96
p:prima dat|jij-boodschap|0.83
p:prima dat|bekritiseren|0.83
p:prima doen|geruststellen|0.9
p:probeer eens|moraliseren|-0.98
p:probeert gewoon|jij-boodschap|-0.75
p:probeert u|ondervragen|-0.97
p:proberen met|prijzen|-0.98
p:proberen met|vervolgafspraak|-0.98
p:probleem dat|prijzen|0.83
p:probleem in|interpreteren|0.98
p:probleem is|samenvatting|-0.95
p:probleem is|interpreteren|0.8
p:probleem klopt|samenvatting|0.92
p:probleem van|moraliseren|-0.96
p:probleem van|prijzen|-0.82
p:probleem van|etiketteren|0.96
p:proefwerk praat|open-vraag|-0.96
p:profiel wat|parafrase|0.85
p:profielwerkstuk haalde|etiketteren|-0.93
p:programma van|afleiden|-0.92
p:project werken|ik-boodschap|0.9
p:protocol schrijft|argumenteren|0.94
p:protocol staat|waarschuwen|-0.9
p:protocol staat|argumenteren|-1.61
p:pta dus|argumenteren|0.99
p:puber heeft|geruststellen|0.77
p:puber heeft|afleiden|-0.94
p:puber wel|afleiden|0.97
p:pubers he|bekritiseren|-0.64
p:pubers he|afleiden|0.91
p:pubers over|argumenteren|-0.99
p:pubers over|afleiden|0.99
p:puberteit daar|moraliseren|-0.86
p:puberteit daar|interpreteren|-0.97
p:puberteit daar|afleiden|1.71
p:puinhoop van|jij-boodschap|0.99
p:puinhoop van|bekritiseren|1.37
p:puinhoop van|etiketteren|-0.88
p:punt achter|vervolgafspraak|-0.92
p:punt blijven|ik-boodschap|0.93
p:punt blijven|vervolgafspraak|-0.84
p:pushende ouders|bekritiseren|-0.99
p:pushende ouders|etiketteren|0.99
p:raak ik|ik-boodschap|1.0
p:raak ik|vervolgafspraak|-0.97
p:raakt me|bevelen|-0.97
p:raakt me|bedanken|-0.64
p:raakt neem|gevoelsreflectie|0.88
p:raakt neem|open-vraag|-0.94
p:raakt neem|aanmoediging|0.88
p:raakt u|gevoelsreflectie|0.95
p:raam staat|open-vraag|-0.97
p:rapport al|ondervragen|-0.99
p:rapport nog|samenvatting|-1.0
p:rapport staan|ik-boodschap|0.99
p:rapport van|argumenteren|-0.92
p:ravi zo|argumenteren|-1.0
p:ravi zo|interpreteren|1.0
p:reactie dit|etiketteren|0.99
p:reactie slaat|jij-boodschap|-1.0
p:reageert nooit|bedanken|-0.98
p:reageert snel|bedanken|0.99
p:reageert u|bekritiseren|-0.97
p:reageert weet|ik-boodschap|1.0
p:reageert zo|vervolgafspraak|-1.0
p:reageren kan|parafrase|-0.99
p:reageren kan|bedanken|-0.99
p:reageren nooti|jij-boodschap|1.48
p:reageren nooti|bekritiseren|1.65
p:receptie langs|afleiden|-0.97
p:recht om|moraliseren|-0.94
p:redelijk mens|afleiden|-0.99
p:redelijk op|parafrase|-0.85
p:regel dat|parafrase|0.99
p:regel dat|samenvatting|-0.85
p:regelen thuis|bekritiseren|0.5
p:regelmatig vergeet|open-vraag|-0.97
p:regelmatig vergeet|etiketteren|-0.95
p:regelmatig vergeet|vervolgafspraak|0.97
p:regels een|argumenteren|0.65
p:regels gelden|argumenteren|0.99
p:regels houden|bevelen|0.47
p:regels nodig|bevelen|-0.88
p:regels nodig|moraliseren|0.99
p:regels nodig|afleiden|-0.99
p:regels zijn|moraliseren|0.9
p:regels zijn|argumenteren|0.65
p:regelt dan|prijzen|0.85
p:reglement is|adviseren|-0.91
p:reglement mag|moraliseren|-0.87
p:rekenmachine vergeten|gevoelsreflectie|-0.86
p:rekenmachine vergeten|open-vraag|0.95
p:respect te|etiketteren|-0.99
p:respect voor|moraliseren|0.92
p:rest van|samenvatting|-0.86
p:rest van|open-vraag|-0.97
p:rest van|argumenteren|0.98
p:rest van|vervolgafspraak|0.97
p:rij wat|open-vraag|-0.97
p:rijtje het|open-vraag|0.75
p:rijtje het|bekritiseren|-0.87
p:rijtje het|vervolgafspraak|-0.97
p:rijtje u|vervolgafspraak|0.97
p:rijtje zet|samenvatting|1.0
p:rijtje zet|waarschuwen|-0.96
p:rijtje zet|adviseren|-0.83
p:rik zit|ik-boodschap|0.93
p:rik zit|interpreteren|-0.93
p:roept kunnen|ik-boodschap|1.77
p:rollen bram|bevelen|0.94
p:rollen bram|bekritiseren|0.65
p:ronden af|samenvatting|-0.93
p:ronden af|afronding-aankondigen|0.93
p:ronden af|vervolgafspraak|0.94
p:ronden het|bedanken|0.96
p:ronden we|samenvatting|-1.0
p:ronden we|prijzen|-0.83
p:ronden we|afronding-aankondigen|1.0
p:ronden we|vervolgafspraak|-1.0
p:ronden we|bedanken|-0.66
p:rookt ze|ondervragen|0.81
p:rooster op|afleiden|-0.93
p:rotmoment zijn|gevoelsreflectie|0.98
p:rusten ik|interpreteren|-0.91
p:rustig aan|aanmoediging|-0.15
p:rustig aan|bevelen|1.57
p:rustig de|aanmoediging|0.95
p:rustig door|gevoelsreflectie|-0.95
p:rustig even|aanmoediging|0.97
p:rustig met|open-vraag|-0.98
p:rustiger zijn|bedanken|-0.95
p:ruzie en|samenvatting|1.0
p:ruzie in|samenvatting|0.93
p:ruzie in|bekritiseren|-0.87
p:ruzie met|parafrase|0.93
p:ruzie met|adviseren|-0.83
p:ruzietjes hebben|geruststellen|-0.99
p:ruzietjes hebben|afleiden|0.99
p:ruzietjes zijn|geruststellen|-0.93
p:ruzietjes zijn|afleiden|0.93
p:sam ?|afleiden|-0.73
p:samen de|adviseren|0.98
p:samen gekeken|jij-boodschap|0.97
p:samen haar|interpreteren|-0.93
p:samen hoe|ik-boodschap|-0.93
p:samen hoe|samenvatting|0.94
p:samen kijken|vervolgafspraak|0.91
p:samen met|open-vraag|-0.97
p:samen met|moraliseren|-0.98
p:samen met|adviseren|0.93
p:samen met|prijzen|-0.87
p:samen met|afronding-aankondigen|0.97
p:samen met|vervolgafspraak|0.97
p:samen naar|jij-boodschap|-0.96
p:samen oplossen|open-vraag|1.0
p:samen te|aanmoediging|-0.76
p:samen te|bevelen|-0.96
p:samen wat|samenvatting|0.93
p:samen wat|vervolgafspraak|0.93
p:samen wel|geruststellen|0.87
p:samen wel|afronding-aankondigen|-1.0
p:samengevat de|gevoelsreflectie|0.76
p:samengevat de|samenvatting|0.86
p:samengevat de|vervolgafspraak|0.92
p:samengevat gaat|bekritiseren|-0.66
p:samengevat het|bekritiseren|-0.9
p:samengevat komt|bekritiseren|0.98
p:samengevat lieke|bekritiseren|-0.96
p:samengevat meer|parafrase|-0.98
p:samengevat meer|aanmoediging|-0.98
p:samengevat u|jij-boodschap|0.95
p:samengevat u|gevoelsreflectie|-0.73
p:samengevat u|bekritiseren|1.83
p:samenvat gaat|ik-boodschap|-0.81
p:samenvat in|samenvatting|0.8
p:samenvat jayden|parafrase|-0.86
p:samenvat je|gevoelsreflectie|-0.92
p:samenvat u|samenvatting|0.97
p:samenvat wat|parafrase|0.92
p:samenvat wat|samenvatting|-0.92
p:samenvat wil|samenvatting|1.0
p:samenvat willen|samenvatting|0.9
p:samenvatten je|samenvatting|1.0
p:samenvatten u|bedanken|0.95
p:samenvatten wat|afronding-aankondigen|-0.9
p:samenvattend de|samenvatting|0.92
p:samenvattend de|argumenteren|-0.96
p:samenvattend fleur|samenvatting|0.95
p:samenvattend fleur|bedanken|0.89
p:samenvattend je|parafrase|-0.99
p:samenvattend je|moraliseren|-0.99
p:samenvattend je|afronding-aankondigen|-0.99
p:samenvattend u|aanmoediging|-0.86
p:samenvattend zijn|jij-boodschap|-0.94
p:samira voelt|samenvatting|-0.96
p:sara weer|geruststellen|-0.93
p:schaamt voor|interpreteren|0.96
p:scheiding daar|interpreteren|0.98
p:scheikunde een|waarschuwen|-0.93
p:schelden ?|bekritiseren|0.28
p:scherm en|parafrase|-0.98
p:scherm en|aanmoediging|-0.98
p:schermgebruik vlak|argumenteren|0.91
p:schermtijd af|geruststellen|-0.97
p:schieten we|ik-boodschap|0.93
p:schieten we|vervolgafspraak|-0.84
p:school ?|open-vraag|1.0
p:school ?|bekritiseren|-0.94
p:school brengen|interpreteren|-0.98
p:school daaraan|parafrase|-0.86
p:school daarom|interpreteren|0.99
p:school dat|interpreteren|0.91
p:school dat|geruststellen|0.9
p:school een|bedanken|-0.95
p:school en|ik-boodschap|-0.95
p:school en|parafrase|-0.95
p:school en|samenvatting|0.95
p:school gaat|gevoelsreflectie|-0.98
p:school gaat|bekritiseren|0.91
p:school gestuurd|bekritiseren|-0.79
p:school gewoon|bekritiseren|0.86
p:school hier|ik-boodschap|-0.93
p:school ik|samenvatting|0.99
p:school ik|vervolgafspraak|-0.99
p:school ik|bedanken|0.99
p:school is|bekritiseren|0.96
p:school je|adviseren|0.99
p:school niet|parafrase|0.88
p:school niets|aanmoediging|-0.96
p:school omdat|bekritiseren|-0.72
p:school omdat|interpreteren|0.93
p:school te|open-vraag|0.88
p:school te|argumenteren|-0.96
p:school toch|jij-boodschap|-0.91
p:school toch|open-vraag|-1.0
p:school toch|bekritiseren|-0.87
p:school trekt|parafrase|-0.85
p:school u|interpreteren|-0.99
p:school van|adviseren|0.81
p:school vertelt|parafrase|0.98
p:schoolarts kijken|open-vraag|-0.97
p:schoolarts kijken|vervolgafspraak|0.97
p:schoolgids al|ondervragen|-0.96
p:schoolplein wil|afleiden|0.95
p:schoolreis hebben|afleiden|0.75
p:schoolreisje ?|parafrase|0.91
p:schorsing geldt|samenvatting|-0.93
p:schorsing heeft|gevoelsreflectie|0.98
p:schreef dat|bedanken|-0.64
p:schrift niet|waarschuwen|-0.94
p:schrijf het|adviseren|0.83
p:schrijf ik|waarschuwen|0.92
p:schrijfopdracht schreef|bedanken|-0.64
p:schrijft voor|argumenteren|0.94
p:schrik moet|gevoelsreflectie|0.71
p:schrik voor|gevoelsreflectie|0.8
p:schrikken zijn|open-vraag|-0.99
p:schrikt ervan|argumenteren|-0.99
p:schrikt ervan|geruststellen|0.99
p:schrok de|ik-boodschap|0.8
p:schrok de|gevoelsreflectie|-0.94
p:schrok ik|ik-boodschap|1.86
p:schrok ik|gevoelsreflectie|-0.96
p:schrok ik|bekritiseren|-0.11
p:schuift aan|bevelen|-0.62
p:schuift de|jij-boodschap|1.0
p:schuift de|bekritiseren|1.0
p:schuift ook|vervolgafspraak|0.96
p:schuld aan|jij-boodschap|0.95
p:schuld aan|samenvatting|-0.95
p:schuld aan|bekritiseren|0.95
p:schuld is|interpreteren|-0.96
p:schuld van|bekritiseren|0.96
p:schuldig over|bekritiseren|-0.5
p:schuldig voelt|bekritiseren|-0.98
p:schuldig voelt|prijzen|-0.99
p:schuldig voelt|interpreteren|0.99
p:schuldig voelt|ondervragen|-0.99
p:sectie ik|gevoelsreflectie|0.76
p:sectie ik|samenvatting|0.86
p:sectie ik|vervolgafspraak|0.92
p:sem in|ik-boodschap|0.99
p:sem is|bekritiseren|-1.86
p:sem is|etiketteren|1.0
p:sem maakt|bekritiseren|0.94
p:sem maakt|etiketteren|-0.88
p:sem zijn|ik-boodschap|0.98
p:sem zijn|parafrase|-0.9
p:sem zijn|open-vraag|0.98
p:september in|argumenteren|0.99
p:serieus genomen|gevoelsreflectie|0.96
p:sfeer in|jij-boodschap|0.97
p:sfeer in|samenvatting|0.92
p:sfeer in|waarschuwen|0.87
p:sfeer in|bekritiseren|1.33
p:sfeer in|prijzen|-0.73
p:simpel wie|argumenteren|1.51
p:simpel wie|geruststellen|-0.8
p:sinds bas|ik-boodschap|0.93
p:sinds bas|interpreteren|-0.93
p:sinds de|ik-boodschap|1.0
p:sinds de|jij-boodschap|-1.0
p:sinds de|open-vraag|-1.0
p:sinds de|bekritiseren|-1.96
p:sinds je|ik-boodschap|1.94
p:sinds je|open-vraag|0.97
p:sinds je|adviseren|-0.97
p:sinds kort|ik-boodschap|-0.96
p:sinds ons|jij-boodschap|-0.94
p:situatie beschrijven|gevoelsreflectie|-0.99
p:slaap en|samenvatting|0.93
p:slaap je|ik-boodschap|0.93
p:slaap wat|open-vraag|0.75
p:slaap wat|vervolgafspraak|-0.97
p:slaapt en|ik-boodschap|1.0
p:slaapt en|adviseren|1.0
p:slaapt hij|gevoelsreflectie|-0.99
p:slaapt hij|adviseren|-0.99
p:slaapt slecht|ik-boodschap|-0.95
p:slaapt slecht|parafrase|-0.95
p:slaapt slecht|samenvatting|0.95
p:slaapt slecht|aanmoediging|-0.76
p:slaapt slecht|waarschuwen|-0.96
p:slaapt slecht|bekritiseren|-0.96
p:slaat ech|bekritiseren|1.0
p:slaat echt|adviseren|-1.0
p:slaat echt|geruststellen|-1.0
p:slaat echt|afleiden|-0.99
p:slaat nergens|jij-boodschap|-1.0
p:slaat nergens|argumenteren|0.82
p:slapen ?|open-vraag|-0.98
p:slapen ?|afleiden|-0.98
p:slapen ?|vervolgafspraak|-0.98
p:slapen de|argumenteren|0.91
p:slecht concentreren|open-vraag|-0.97
p:slecht concentreren|vervolgafspraak|0.97
p:slecht en|bekritiseren|-0.96
p:slecht hij|aanmoediging|-0.76
p:slecht hij|waarschuwen|-0.96
p:slecht je|ik-boodschap|-0.95
p:slecht je|parafrase|-0.95
p:slecht je|samenvatting|0.95
p:slecht was|bekritiseren|-0.95
p:slechte beslissing|jij-boodschap|-0.98
p:slechte instelling|bekritiseren|0.99
p:slechte instelling|etiketteren|-0.99
p:slechte nachtrust|adviseren|-0.83
p:slechte ouder|geruststellen|2.33
p:slim om|adviseren|0.91
p:slim van|bekritiseren|0.92
p:slimme jongen|jij-boodschap|-0.81
p:slimme jongen|moraliseren|-0.81
p:slimme jongen|prijzen|0.96
p:slimme vrouw|prijzen|0.92
p:slimste van|adviseren|-0.81
p:slimste van|prijzen|0.81
p:slimste van|etiketteren|-0.93
p:slimste van|ondervragen|-0.98
p:slordig gedaan|bekritiseren|0.84
p:slordig verslag|etiketteren|-0.94
p:slordige meid|bekritiseren|-1.33
p:sluiten we|samenvatting|0.95
p:sluiten we|vervolgafspraak|-0.94
p:sluiten we|bedanken|0.89
p:smeet toen|ik-boodschap|0.96
p:smit en|jij-boodschap|-0.97
p:smit en|bevelen|0.84
p:smit zei|interpreteren|-0.99
p:snackbar werkt|ik-boodschap|0.97
p:snackbar werkt|adviseren|-0.97
p:snap dat|gevoelsreflectie|0.99
p:snap dat|bevelen|0.97
p:snap dat|geruststellen|1.0
p:snap had|parafrase|0.93
p:snap het|aanmoediging|0.99
p:snap ik|gevoelsreflectie|0.96
p:snap ik|geruststellen|0.97
p:snap u|samenvatting|-0.88
p:snap wat|aanmoediging|-0.9
p:snapchat en|bekritiseren|-0.9
p:snapt best|jij-boodschap|-0.81
p:snapt best|moraliseren|-0.81
p:snapt dat|prijzen|0.96
p:snapt de|ik-boodschap|0.91
p:snapt de|argumenteren|-0.91
p:snapt het|bekritiseren|0.88
p:snapt hier|bevelen|-0.97
p:snapt vast|prijzen|0.99
p:snel gaat|parafrase|0.99
p:snel gaat|waarschuwen|1.0
p:snel gaat|ondervragen|-1.0
p:snel kon|bedanken|0.26
p:snel op|bedanken|0.99
p:sneller gebeld|gevoelsreflectie|-0.73
p:soms net|jij-boodschap|1.72
p:soms net|etiketteren|0.92
p:soms zijn|bevelen|-0.94
p:soms zijn|geruststellen|0.94
p:soort mails|bekritiseren|1.46
p:soort ruzietjes|geruststellen|-0.93
p:soort ruzietjes|afleiden|0.93
p:sophie bang|gevoelsreflectie|0.88
p:sophie de|ik-boodschap|-0.99
p:sorry zegt|moraliseren|1.0
p:sorry zegt|argumenteren|-1.0
p:sorry zegt|interpreteren|-0.82
p:spannend om|ik-boodschap|-0.97
p:spelcomputer doordeweeks|adviseren|0.9
p:spelcomputer doordeweeks|argumenteren|-0.99
p:spijbelen en|waarschuwen|0.83
p:spijbelt en|jij-boodschap|0.71
p:spijbelt en|bekritiseren|0.86
p:spijbelt en|geruststellen|-0.99
p:spijbelt moet|ik-boodschap|-0.96
p:spreek de|jij-boodschap|-0.94
p:spreek morgen|afronding-aankondigen|-0.97
p:spreek morgen|vervolgafspraak|0.96
p:spreek wat|adviseren|-1.0
p:spreken af|samenvatting|0.94
p:spreken af|bedanken|-0.48
p:spreken dus|ik-boodschap|-0.93
p:spreken elkaar|waarschuwen|-1.0
p:spreken we|afronding-aankondigen|-0.98
p:spullen vergeet|ik-boodschap|0.94
p:sta jij|ik-boodschap|0.97
p:staan al|etiketteren|-0.77
p:staan kan|open-vraag|-0.98
p:staan moet|ik-boodschap|0.99
p:staat al|argumenteren|0.82
p:staat bespreekbaar|argumenteren|0.99
p:staat het|ik-boodschap|-0.94
p:staat het|samenvatting|-0.93
p:staat het|argumenteren|0.67
p:staat het|afleiden|-0.93
p:staat op|argumenteren|-1.12
p:staat op|bekritiseren|-0.97
p:staat struikelen|ik-boodschap|-0.5
p:staat toch|geruststellen|-0.9
p:staat toch|afleiden|-0.84
p:staat voor|argumenteren|-0.92
p:stage en|jij-boodschap|-0.89
p:stage hebben|afleiden|1.45
p:stage je|bekritiseren|-0.93
p:stagedagen op|waarschuwen|-1.0
p:stagedagen op|moraliseren|-1.0
p:stagedagen op|bekritiseren|-1.0
p:statistisch gezien|argumenteren|1.0
p:statistisch gezien|afleiden|-1.0
p:steeds ?|ondervragen|0.93
p:steeds apart|ik-boodschap|0.88
p:steeds apart|gevoelsreflectie|-0.88
p:steeds beter|jij-boodschap|-0.92
p:steeds door|ik-boodschap|0.96
p:steeds door|bevelen|-0.84
p:steeds en|bekritiseren|0.73
p:steeds haar|open-vraag|0.97
p:steeds het|jij-boodschap|0.97
p:steeds het|bekritiseren|0.97
p:steeds in|open-vraag|-0.97
p:steeds mee|jij-boodschap|0.81
p:steeds mee|bekritiseren|-0.99
p:steeds niks|ik-boodschap|-1.0
p:steeds niks|jij-boodschap|1.0
p:steeds niks|bekritiseren|1.0
p:steeds omheen|bevelen|-1.0
p:steeds over|ik-boodschap|0.93
p:steeds over|vervolgafspraak|-0.84
p:steeds thuis|ik-boodschap|0.9
p:steeds uitvallen|waarschuwen|-1.0
p:steeds uitvallen|moraliseren|-1.0
p:steeds uitvallen|bekritiseren|-1.0
p:steeds vaker|gevoelsreflectie|-0.72
p:steeds ziek|interpreteren|0.99
p:steek gelaten|ik-boodschap|-0.93
p:steek gelaten|gevoelsreflectie|0.99
p:stel je|etiketteren|0.89
p:stel je|afleiden|-0.97
p:stel voor|vervolgafspraak|0.99
p:stel voor|bedanken|-0.77
p:stelt echt|geruststellen|-0.95
p:stelt echt|afleiden|0.95
p:stelt toch|afleiden|0.87
p:stelt u|jij-boodschap|0.97
p:stelt u|bekritiseren|0.97
p:stelt zich|bekritiseren|1.81
p:sterk omdat|interpreteren|0.96
p:sterke vrouw|jij-boodschap|-1.0
p:sterke vrouw|samenvatting|-1.0
p:sterke vrouw|waarschuwen|-1.0
p:sterke vrouw|prijzen|1.0
p:sterke vrouw|etiketteren|-1.0
p:stiefvader ?|ik-boodschap|-0.62
p:stiefvader ?|samenvatting|-0.75
p:stiefvader ?|afleiden|-1.0
p:stijn in|samenvatting|-0.96
p:stijn op|open-vraag|-0.95
p:stil is|argumenteren|-1.0
p:stil is|interpreteren|1.0
p:stil is|ondervragen|-0.95
p:stoer omdat|afleiden|-0.73
p:stoer te|bekritiseren|-0.82
p:stoer te|interpreteren|0.96
p:stof niet|ik-boodschap|0.91
p:stof niet|argumenteren|-0.91
p:stond al|argumenteren|0.9
p:stop ik|bevelen|0.97
p:stop ik|waarschuwen|0.93
p:stop ik|geruststellen|-0.97
p:stoppen de|etiketteren|-0.77
p:stoppen donderdag|ik-boodschap|-1.0
p:stoppen donderdag|geruststellen|-1.0
p:stoppen donderdag|afronding-aankondigen|1.0
p:stoppen donderdag|vervolgafspraak|0.82
p:stoppen en|gevoelsreflectie|-0.96
p:stoppen en|afronding-aankondigen|0.99
p:stoppen en|vervolgafspraak|0.99
p:stoppen en|bedanken|-0.77
p:stoppen er|samenvatting|-0.95
p:stoppen er|afronding-aankondigen|0.95
p:stoppen er|vervolgafspraak|0.86
p:stoppen er|bedanken|0.55
p:stoppen voor|interpreteren|-0.92
p:stopt ga|moraliseren|-0.97
p:stopt met|bevelen|0.98
p:strafwerk geven|waarschuwen|-0.88
p:straks alleen|ik-boodschap|0.97
p:straks blijft|bekritiseren|-0.9
p:straks even|vervolgafspraak|-1.72
p:straks gewoon|ik-boodschap|-1.0
p:straks gewoon|waarschuwen|-0.81
p:straks gewoon|geruststellen|1.0
p:straks zijn|waarschuwen|0.91
p:straks zit|waarschuwen|0.96
p:streep onder|vervolgafspraak|-0.96
p:stress voor|argumenteren|-0.95
p:structuur minder|parafrase|-0.98
p:structuur minder|aanmoediging|-0.98
p:structuur nodig|samenvatting|0.97
p:structuur thuis|samenvatting|0.99
p:structuur thuis|vervolgafspraak|-0.99
p:struikelen er|ik-boodschap|-0.5
p:stuk beter|adviseren|-0.99
p:stuk beter|geruststellen|0.99
p:stuk chagrijn|etiketteren|0.95
p:stuk chagrijn|geruststellen|-0.84
p:sturen ?|adviseren|-0.99
p:sturen ?|bekritiseren|0.87
p:sturen dat|geruststellen|-0.91
p:sturen is|bekritiseren|1.46
p:stuur en|argumenteren|-0.76
p:stuur je|aanmoediging|-0.99
p:stuur je|waarschuwen|0.99
p:stuur mij|vervolgafspraak|-0.97
p:stuur u|ik-boodschap|-0.98
p:stuur u|parafrase|-1.0
p:stuur u|open-vraag|-1.0
p:stuur u|afronding-aankondigen|0.93
p:stuur u|vervolgafspraak|1.0
p:sven gaan|adviseren|0.97
p:t nu|ik-boodschap|-0.62
p:t nu|samenvatting|-0.75
p:t nu|afleiden|-1.0
p:tafel dank|samenvatting|0.96
p:tafel dank|vervolgafspraak|0.96
p:tafel gaan|afronding-aankondigen|-0.94
p:tafel legt|open-vraag|0.97
p:tafel ligt|gevoelsreflectie|-0.79
p:tafel om|vervolgafspraak|0.98
p:tafel smeet|ik-boodschap|0.96
p:tas van|ik-boodschap|-0.5
p:te antwoorden|bekritiseren|0.25
p:te bellen|jij-boodschap|-0.91
p:te bespreken|ik-boodschap|-0.97
p:te bespreken|moraliseren|-0.98
p:te bieden|bevelen|-1.0
p:te bieden|waarschuwen|-0.99
p:te bieden|afleiden|-1.0
p:te discussiëren|argumenteren|0.97
p:te doen|bekritiseren|-0.82
p:te doen|interpreteren|0.96
p:te druk|parafrase|-0.99
p:te druk|moraliseren|-0.99
p:te druk|interpreteren|-0.96
p:te druk|afronding-aankondigen|-0.99
p:te falen|bekritiseren|-0.72
p:te falen|interpreteren|0.93
p:te gaan|gevoelsreflectie|0.88
p:te gaan|open-vraag|0.88
p:te gamen|jij-boodschap|0.83
p:te gamen|open-vraag|-0.99
p:te gamen|bekritiseren|0.83
p:te gamen|interpreteren|-0.99
p:te gapen|ik-boodschap|0.93
p:te gedragen|moraliseren|1.0
p:te gedragen|prijzen|1.0
p:te hebben|etiketteren|-0.99
p:te hoog|bekritiseren|0.1
p:te horen|ik-boodschap|0.93
p:te horen|etiketteren|-0.61
p:te horen|vervolgafspraak|0.93
p:te houden|moraliseren|0.99
p:te houden|argumenteren|0.65
p:te houden|bekritiseren|-0.62
p:te kennen|moraliseren|0.9
p:te kijken|vervolgafspraak|0.98
p:te kletsen|jij-boodschap|0.43
p:te klieren|argumenteren|-0.99
p:te komen|bekritiseren|-0.7
p:te komen|prijzen|-1.0
p:te krijgen|jij-boodschap|-0.75
p:te krijgen|bekritiseren|-0.33
p:te krijgen|interpreteren|1.0
p:te laag|argumenteren|0.95
p:te laat|parafrase|-0.86
p:te laat|gevoelsreflectie|-0.92
p:te laat|samenvatting|-0.93
p:te laat|open-vraag|0.64
p:te laat|waarschuwen|0.96
p:te laat|moraliseren|-0.87
p:te laat|adviseren|-1.91
p:te laat|argumenteren|0.65
p:te laat|bekritiseren|-0.38
p:te laat|ondervragen|-0.91
p:te lang|bekritiseren|0.9
p:te laten|ik-boodschap|0.98
p:te laten|waarschuwen|-1.0
p:te laten|interpreteren|0.95
p:te laten|afleiden|-1.0
p:te leggen|adviseren|0.91
p:te leren|bekritiseren|0.87
p:te leren|etiketteren|0.83
p:te leren|interpreteren|-0.99
p:te lichten|vervolgafspraak|0.89
p:te liggen|moraliseren|0.98
p:te liggen|bekritiseren|-0.94
p:te lui|bekritiseren|1.54
p:te lui|etiketteren|0.83
p:te maken|jij-boodschap|-1.0
p:te maken|parafrase|-0.93
p:te maken|waarschuwen|0.19
p:te maken|adviseren|-1.0
p:te maken|bekritiseren|-0.98
p:te maken|prijzen|-1.0
p:te makkelijk|adviseren|0.93
p:te makkelijk|bekritiseren|-1.37
p:te makkelijk|interpreteren|0.99
p:te moeilijk|gevoelsreflectie|0.76
p:te moeilijk|samenvatting|1.0
p:te moeilijk|argumenteren|0.98
p:te moeilijk|vervolgafspraak|0.92
p:te nemen|gevoelsreflectie|-0.86
p:te nemen|open-vraag|0.95
p:te nemen|bevelen|-0.92
p:te nemen|adviseren|0.98
p:te nemen|interpreteren|-0.93
p:te praten|argumenteren|-0.94
p:te raken|vervolgafspraak|-1.0
p:te rollen|bevelen|0.94
p:te rollen|bekritiseren|0.65
p:te ronden|moraliseren|-0.85
p:te ronden|afronding-aankondigen|0.99
p:te schelden|bekritiseren|0.28
p:te snel|parafrase|0.99
p:te spelen|bekritiseren|0.14
p:te spreken|moraliseren|0.86
p:te spreken|geruststellen|-0.97
p:te stellen|moraliseren|0.95
p:te stellen|bekritiseren|0.95
p:te stoppen|interpreteren|-0.92
p:te sturen|ik-boodschap|-0.89
p:te tillen|moraliseren|-0.86
p:te tillen|interpreteren|-0.97
p:te tillen|afleiden|1.71
p:te tornen|argumenteren|0.91
p:te tornen|geruststellen|-0.9
p:te tornen|afleiden|-0.91
p:te vatten|aanmoediging|-0.76
p:te veel|bekritiseren|0.27
p:te verbergen|ik-boodschap|-0.93
p:te verbergen|interpreteren|0.93
p:te verdoen|jij-boodschap|1.75
p:te verdoen|samenvatting|-0.98
p:te verdoen|bevelen|-0.98
p:te verdoen|bekritiseren|1.52
p:te vertrouwen|bekritiseren|0.68
p:te voeden|argumenteren|-0.64
p:te voeden|bekritiseren|0.98
p:te voelen|bekritiseren|-0.5
p:te wachten|etiketteren|-0.77
p:te weinig|parafrase|1.0
p:te weinig|gevoelsreflectie|-1.0
p:te weinig|argumenteren|-0.96
p:te weinig|geruststellen|-0.98
p:te werken|bevelen|-0.96
p:te zeggen|bekritiseren|-0.9
p:te zien|ik-boodschap|1.79
p:te zien|open-vraag|-0.97
p:te zien|moraliseren|-0.94
p:te zien|interpreteren|-0.99
p:te zijn|ik-boodschap|-1.0
p:te zijn|geruststellen|1.07
p:te zitten|open-vraag|0.99
p:teamleider erbij|parafrase|0.99
p:teamleider erbij|samenvatting|-1.84
p:teamleider erbij|afronding-aankondigen|-1.0
p:teamleider erbij|vervolgafspraak|1.0
p:teamleider gesproken|vervolgafspraak|-0.94
p:tegelijk praten|ik-boodschap|0.56
p:tegelijk praten|vervolgafspraak|-0.92
p:tegen de|bekritiseren|0.59
p:tegen een|argumenteren|-0.94
p:tegen iedereen|bekritiseren|0.83
p:tegen je|geruststellen|-0.89
p:tegen jou|jij-boodschap|0.95
p:tegen jou|samenvatting|-0.95
p:tegen jou|bekritiseren|0.95
p:tegen me|adviseren|-0.99
p:tegen me|prijzen|-0.99
p:tegen mevrouw|bekritiseren|-1.8
p:tegen mij|open-vraag|-0.98
p:tegen mij|geruststellen|-0.94
p:tegen mijn|bekritiseren|-2.12
p:tegen u|bekritiseren|0.68
p:tegenover de|argumenteren|0.96
p:tegenover je|jij-boodschap|0.98
p:tegenover je|bekritiseren|0.98
p:tegenovergestelde van|jij-boodschap|0.97
p:tegenovergestelde van|bekritiseren|0.97
p:tekening heeft|etiketteren|-0.91
p:tekent u|bevelen|-0.96
p:telefoon 's|adviseren|2.88
p:telefoon 's|afleiden|-1.0
p:telefoon ?|bevelen|-0.73
p:telefoon ?|waarschuwen|-0.94
p:telefoon afgaat|samenvatting|-1.0
p:telefoon afgaat|vervolgafspraak|-1.0
p:telefoon doet|bekritiseren|-1.23
p:telefoon eens|ik-boodschap|0.93
p:telefoon eens|waarschuwen|-0.99
p:telefoon en|bekritiseren|-0.87
p:telefoon in|bevelen|0.92
p:telefoon in|adviseren|-0.99
p:telefoon kijkt|parafrase|-0.91
p:telefoon niet|waarschuwen|1.92
p:telefoon nog|bevelen|-0.47
p:telefoon op|bevelen|0.92
p:telefoon opneemt|ik-boodschap|1.0
p:telefoon pakt|ik-boodschap|-0.9
p:telefoon pakt|gevoelsreflectie|-0.96
p:telefoon te|bekritiseren|0.14
p:telefoon tijdens|ik-boodschap|-0.95
p:telefoon tijdens|bekritiseren|-0.95
p:telefoon weg|bevelen|0.52
p:telefoon weg|waarschuwen|0.99
p:telefoon zit|open-vraag|0.96
p:telefoonnummer kan|open-vraag|-1.63
p:telefoons in|bevelen|0.82
p:telefoons in|argumenteren|-0.82
p:teleur u|jij-boodschap|0.97
p:teleur u|bekritiseren|0.97
p:teleurgesteld bent|gevoelsreflectie|0.92
p:teleurgesteld bent|open-vraag|0.62
p:teleurgesteld dat|gevoelsreflectie|0.98
p:teleurgesteld in|jij-boodschap|0.88
p:teleurgesteld in|bekritiseren|0.96
p:teleurgesteld in|geruststellen|-0.97
p:teleurgesteld samengevat|gevoelsreflectie|0.76
p:teleurgesteld samengevat|samenvatting|0.86
p:teleurgesteld samengevat|vervolgafspraak|0.92
p:telkens verschuiven|vervolgafspraak|-0.97
p:tenminste goed|afleiden|1.45
p:terecht echt|geruststellen|0.77
p:terug als|bedanken|-0.95
p:terug eerst|bevelen|-0.99
p:terug en|parafrase|-0.85
p:terug hij|parafrase|-0.92
p:terug hij|samenvatting|0.9
p:terug uit|prijzen|-1.0
p:terug van|vervolgafspraak|-0.93
p:terwijl er|open-vraag|-0.98
p:terwijl ik|gevoelsreflectie|-0.96
p:terwijl u|moraliseren|0.95
p:terwijl u|bekritiseren|0.95
p:tess haar|open-vraag|-0.97
p:tess haar|vervolgafspraak|0.97
p:tevoren aangekondigd|ik-boodschap|-1.0
p:tevoren aangekondigd|jij-boodschap|-1.0
p:tevoren aangekondigd|parafrase|-1.0
p:tevoren aangekondigd|gevoelsreflectie|-1.0
p:tevoren aangekondigd|samenvatting|-1.0
p:tevoren aangekondigd|open-vraag|-1.0
p:tevoren aangekondigd|aanmoediging|-1.0
p:tevoren aangekondigd|bevelen|-1.0
p:tevoren aangekondigd|waarschuwen|-1.0
p:tevoren aangekondigd|moraliseren|-1.0
p:tevoren aangekondigd|adviseren|-1.0
p:tevoren aangekondigd|argumenteren|1.0
p:tevoren aangekondigd|bekritiseren|-1.0
p:tevoren aangekondigd|prijzen|-1.0
p:tevoren aangekondigd|etiketteren|-1.0
p:tevoren aangekondigd|interpreteren|-1.0
p:tevoren aangekondigd|geruststellen|-1.0
p:tevoren aangekondigd|ondervragen|-1.0
p:tevoren aangekondigd|afleiden|-1.0
p:tevoren aangekondigd|afronding-aankondigen|-1.0
p:tevoren aangekondigd|vervolgafspraak|-1.0
p:tevoren aangekondigd|bedanken|-1.0
p:tevoren was|parafrase|0.91
p:thanks dat|interpreteren|-1.0
p:thanks voor|jij-boodschap|-1.0
p:thanks voor|bekritiseren|-1.0
p:thanks voor|afronding-aankondigen|-1.0
p:thanks voor|bedanken|1.0
p:thijs de|ik-boodschap|0.98
p:thuis ?|ik-boodschap|0.7
p:thuis ?|parafrase|-0.9
p:thuis ?|open-vraag|2.85
p:thuis ?|adviseren|-0.99
p:thuis ?|interpreteren|-1.0
p:thuis ?|ondervragen|1.0
p:thuis ?|vervolgafspraak|-1.0
p:thuis ?|bedanken|-1.89
p:thuis al|gevoelsreflectie|-0.92
p:thuis bent|open-vraag|0.98
p:thuis de|samenvatting|0.94
p:thuis echt|bekritiseren|-1.96
p:thuis een|ik-boodschap|0.93
p:thuis een|adviseren|0.93
p:thuis een|vervolgafspraak|0.93
p:thuis en|samenvatting|0.99
p:thuis en|open-vraag|-0.97
p:thuis en|bekritiseren|-0.98
p:thuis en|vervolgafspraak|-0.99
p:thuis eruit|vervolgafspraak|-0.87
p:thuis gaat|parafrase|-0.85
p:thuis gebeurd|open-vraag|0.69
p:thuis gebeurt|gevoelsreflectie|-0.91
p:thuis gebeurt|bekritiseren|0.58
p:thuis gewoon|bevelen|-0.91
p:thuis gewoon|bekritiseren|-0.41
p:thuis heel|open-vraag|-0.95
p:thuis helemaal|open-vraag|0.95
p:thuis helemaal|bekritiseren|0.5
p:thuis is|samenvatting|1.0
p:thuis juist|parafrase|0.98
p:thuis kost|samenvatting|0.95
p:thuis kost|bedanken|0.89
p:thuis laat|ik-boodschap|0.9
p:thuis merkt|bekritiseren|-0.96
p:thuis met|aanmoediging|-1.0
p:thuis met|afleiden|-1.0
p:thuis met|vervolgafspraak|0.97
p:thuis met|bedanken|0.95
p:thuis niet|bekritiseren|-0.9
p:thuis niets|parafrase|0.84
p:thuis nooit|adviseren|1.0
p:thuis nooit|bekritiseren|0.85
p:thuis nooit|etiketteren|-1.0
p:thuis op|jij-boodschap|-0.94
p:thuis te|geruststellen|-0.98
p:thuis veel|bekritiseren|0.64
p:thuis wat|interpreteren|0.99
p:thuis zwaar|gevoelsreflectie|0.85
p:thuisgehouden ?|bekritiseren|0.97
p:tien minuten|open-vraag|0.64
p:tien uur|ik-boodschap|0.92
p:tien uur|waarschuwen|-0.92
p:tien uur|moraliseren|0.98
p:tien uur|adviseren|-0.92
p:tijd ?|ondervragen|-0.95
p:tijd bent|argumenteren|-0.91
p:tijd brengt|bevelen|0.65
p:tijd dat|open-vraag|0.64
p:tijd deed|moraliseren|0.86
p:tijd deed|adviseren|-0.96
p:tijd dus|bevelen|-0.46
p:tijd flink|adviseren|-0.93
p:tijd hoe|bekritiseren|-0.88
p:tijd hoor|aanmoediging|0.97
p:tijd hoor|bevelen|-0.97
p:tijd ik|gevoelsreflectie|0.88
p:tijd ik|open-vraag|-0.94
p:tijd ik|aanmoediging|0.88
p:tijd ingeleverd|argumenteren|0.96
p:tijd is|jij-boodschap|-0.6
p:tijd is|moraliseren|0.94
p:tijd is|vervolgafspraak|-0.99
p:tijd met|bevelen|0.94
p:tijd met|bekritiseren|0.65
p:tijd naar|interpreteren|-0.98
p:tijd niet|ik-boodschap|0.98
p:tijd niet|parafrase|-0.9
p:tijd niet|open-vraag|0.98
p:tijd om|moraliseren|-0.85
p:tijd om|afronding-aankondigen|0.99
p:tijd te|jij-boodschap|1.75
p:tijd te|samenvatting|-0.98
p:tijd te|bevelen|-0.98
p:tijd te|bekritiseren|0.81
p:tijd te|prijzen|-1.0
p:tijd vaak|ik-boodschap|-0.99
p:tijd voor|ik-boodschap|-0.87
p:tijd voor|parafrase|0.99
p:tijd voor|argumenteren|-0.99
p:tijd we|bedanken|0.96
p:tijd wegbrengen|bevelen|0.91
p:tijd wegbrengen|adviseren|-0.91
p:tijd zit|aanmoediging|-0.64
p:tijd zit|bedanken|-0.95
p:tijden thuis|open-vraag|-0.97
p:tijdens de|open-vraag|-0.88
p:tijdens het|ik-boodschap|-0.95
p:tijdens het|open-vraag|-0.96
p:tijdens het|bekritiseren|-0.95
p:tijdens ons|parafrase|-0.91
p:tim in|jij-boodschap|-0.76
p:timo zijn|ik-boodschap|0.99
p:tip is|adviseren|0.98
p:tja bedankt|bekritiseren|1.75
p:tja bedankt|bedanken|-1.81
p:tja maar|open-vraag|-1.71
p:tja maar|afleiden|0.97
p:tja pubers|bekritiseren|-0.64
p:toch ?|jij-boodschap|-0.91
p:toch ?|open-vraag|-1.0
p:toch ?|bekritiseren|-0.87
p:toch ?|prijzen|0.85
p:toch dat|geruststellen|-0.89
p:toch de|ondervragen|-0.98
p:toch een|jij-boodschap|1.64
p:toch een|bevelen|-0.96
p:toch een|moraliseren|-0.81
p:toch een|adviseren|-0.83
p:toch een|etiketteren|1.65
p:toch een|afleiden|-0.99
p:toch gewoon|geruststellen|-0.9
p:toch gewoon|afleiden|-0.84
p:toch logisch|argumenteren|0.96
p:toch makkelijk|prijzen|0.96
p:toch moeten|waarschuwen|-0.99
p:toch moeten|moraliseren|0.93
p:toch niet|moraliseren|-0.93
p:toch niet|argumenteren|-0.49
p:toch niet|etiketteren|-0.96
p:toch niet|afleiden|1.92
p:toch niks|afleiden|0.87
p:toch onze|moraliseren|1.0
p:toch onze|prijzen|1.0
p:toch ook|moraliseren|0.92
p:toch ook|argumenteren|-0.92
p:toch vertelt|bedanken|0.67
p:toch weten|moraliseren|0.97
p:toe gaat|samenvatting|0.93
p:toe geprobeerd|jij-boodschap|-1.0
p:toe geprobeerd|parafrase|-1.0
p:toe geprobeerd|samenvatting|-1.0
p:toe geprobeerd|bekritiseren|-1.0
p:toe kwam|ik-boodschap|0.97
p:toe te|vervolgafspraak|0.89
p:toe thuis|parafrase|-0.85
p:toe weinig|parafrase|0.99
p:toegestaan ?|ondervragen|0.98
p:toegeven dat|interpreteren|0.8
p:toen ?|gevoelsreflectie|-0.88
p:toen ?|samenvatting|-0.97
p:toen ?|open-vraag|-0.98
p:toen ?|aanmoediging|1.89
p:toen ?|etiketteren|-1.0
p:toen ?|ondervragen|-0.97
p:toen hij|ik-boodschap|-0.84
p:toen hij|open-vraag|0.59
p:toen ik|ik-boodschap|0.96
p:toen je|ik-boodschap|1.65
p:toen je|gevoelsreflectie|-0.94
p:toen leek|jij-boodschap|0.97
p:toen voor|parafrase|1.0
p:toen voor|open-vraag|1.0
p:toen voor|moraliseren|-1.0
p:toen voor|bedanken|-1.0
p:toets dat|geruststellen|0.98
p:toets dat|afleiden|-0.98
p:toets de|samenvatting|1.0
p:toets en|samenvatting|1.0
p:toets is|ik-boodschap|-1.0
p:toets is|jij-boodschap|-1.0
p:toets is|parafrase|-1.0
p:toets is|gevoelsreflectie|-1.0
p:toets is|samenvatting|-1.0
p:toets is|open-vraag|-1.0
p:toets is|aanmoediging|-1.0
p:toets is|bevelen|-1.0
p:toets is|waarschuwen|-1.0
p:toets is|moraliseren|-1.0
p:toets is|adviseren|-1.0
p:toets is|argumenteren|1.0
p:toets is|bekritiseren|-1.0
p:toets is|prijzen|-1.0
p:toets is|etiketteren|-1.0
p:toets is|interpreteren|-1.0
p:toets is|geruststellen|-1.0
p:toets is|ondervragen|-1.0
p:toets is|afleiden|-1.0
p:toets is|afronding-aankondigen|-1.0
p:toets is|vervolgafspraak|-1.0
p:toets is|bedanken|-1.0
p:toets maar|ik-boodschap|-0.87
p:toets maar|parafrase|0.99
p:toets maar|argumenteren|-0.99
p:toets mist|argumenteren|0.95
p:toets mist|etiketteren|-0.95
p:toets niet|ik-boodschap|0.93
p:toets niet|parafrase|0.91
p:toets niet|adviseren|0.93
p:toets niet|vervolgafspraak|0.93
p:toets te|samenvatting|-0.86
p:toets te|argumenteren|0.98
p:toets vandaag|argumenteren|-0.98
p:toets verschoven|geruststellen|-0.6
p:toets was|gevoelsreflectie|0.76
p:toets was|samenvatting|0.86
p:toets was|vervolgafspraak|0.92
p:toetsen gaan|geruststellen|-0.93
p:toetsen heeft|aanmoediging|-0.97
p:toetsen onvoldoende|argumenteren|0.75
p:toetsen opschrijft|ik-boodschap|0.96
p:toetsen opschrijft|bevelen|-0.84
p:toetsen te|samenvatting|1.0
p:toetsweek al|argumenteren|0.99
p:toetsweek heel|ik-boodschap|0.99
p:toevoegen ?|samenvatting|0.93
p:toezicht thuis|bekritiseren|-0.98
p:tof dat|ik-boodschap|0.97
p:tolk en|ik-boodschap|0.56
p:tolk erbij|afronding-aankondigen|0.99
p:tolk erbij|vervolgafspraak|0.99
p:tolk erbij|bedanken|-0.77
p:tolk goed|ik-boodschap|-1.6
p:tolk goed|parafrase|0.91
p:tolk het|adviseren|-1.0
p:tolk vertaalt|bevelen|-0.99
p:tom gepest|interpreteren|0.96
p:top dat|prijzen|-0.83
p:tot het|waarschuwen|0.94
p:tot hoe|open-vraag|-0.99
p:tot middernacht|moraliseren|0.95
p:tot middernacht|bekritiseren|1.92
p:tot nu|jij-boodschap|-1.0
p:tot nu|parafrase|-0.86
p:tot nu|bekritiseren|-1.0
p:tot u|parafrase|-0.91
p:tot ziens|waarschuwen|-0.92
p:totaal ongemotiveerd|bekritiseren|0.41
p:trap was|ik-boodschap|0.86
p:trap zat|ik-boodschap|-0.71
p:trekt je|parafrase|0.85
p:trekt na|parafrase|-0.94
p:trekt ze|parafrase|-0.85
p:trekt zich|etiketteren|-0.99
p:trouwens de|geruststellen|0.92
p:trouwens vandaag|bekritiseren|-0.64
p:tussen haar|ik-boodschap|-0.62
p:tussen haar|samenvatting|-0.75
p:tussen haar|afleiden|-1.0
p:tussen jullie|open-vraag|0.97
p:twaalf hoort|bekritiseren|-0.94
p:twee dagen|samenvatting|-0.93
p:twee dingen|jij-boodschap|-0.94
p:twee keer|gevoelsreflectie|-0.86
p:twee keer|open-vraag|0.95
p:twee kinderen|jij-boodschap|-0.91
p:twee uur|jij-boodschap|0.83
p:twee uur|bekritiseren|0.83
p:twee weken|ik-boodschap|0.87
p:twee weken|jij-boodschap|-1.43
p:twee weken|parafrase|-1.0
p:twee weken|gevoelsreflectie|-1.0
p:twee weken|samenvatting|-0.14
p:twee weken|open-vraag|-1.0
p:twee weken|aanmoediging|-1.0
p:twee weken|bevelen|-1.0
p:twee weken|waarschuwen|-1.0
p:twee weken|moraliseren|-1.0
p:twee weken|argumenteren|1.82
p:twee weken|bekritiseren|-1.94
p:twee weken|prijzen|-1.0
p:twee weken|etiketteren|-1.0
p:twee weken|interpreteren|-1.0
p:twee weken|geruststellen|-1.0
p:twee weken|ondervragen|-1.0
p:twee weken|afleiden|-1.0
p:twee weken|afronding-aankondigen|-1.94
p:twee weken|vervolgafspraak|0.88
p:twee weken|bedanken|-1.0
p:tweede is|argumenteren|-0.49
p:tweede is|afleiden|0.92
p:tweede klas|geruststellen|0.94
p:tweede klas|afleiden|-0.92
p:tweede rapport|afleiden|-0.97
p:tweede stelt|gevoelsreflectie|0.94
p:tweede stelt|afleiden|0.87
p:tweede uur|bedanken|-1.0
p:twintig minuten|afronding-aankondigen|-0.97
p:typisch zo'n|etiketteren|0.99
p:u ajax|aanmoediging|-0.9
p:u als|parafrase|-0.85
p:u als|moraliseren|0.95
p:u als|bekritiseren|0.95
p:u alstublieft|waarschuwen|-1.0
p:u alstublieft|geruststellen|-1.0
p:u altijd|gevoelsreflectie|-1.0
p:u altijd|bekritiseren|1.64
p:u altijd|ondervragen|-0.91
p:u bedoelt|parafrase|0.88
p:u bedoelt|samenvatting|-0.9
p:u bedoelt|aanmoediging|-0.9
p:u belt|samenvatting|0.96
p:u belt|vervolgafspraak|0.96
p:u bemoeit|gevoelsreflectie|-0.86
p:u bemoeit|bekritiseren|1.73
p:u bent|jij-boodschap|-1.0
p:u bent|gevoelsreflectie|0.86
p:u bent|samenvatting|-0.13
p:u bent|open-vraag|-0.99
p:u bent|bevelen|-0.99
p:u bent|waarschuwen|-1.88
p:u bent|moraliseren|-1.96
p:u bent|argumenteren|-0.95
p:u bent|bekritiseren|0.14
p:u bent|prijzen|1.14
p:u bent|etiketteren|-0.98
p:u bent|geruststellen|-2.62
p:u bent|afleiden|-0.99
p:u bent|vervolgafspraak|0.92
p:u beschermt|interpreteren|0.96
p:u boos|gevoelsreflectie|0.86
p:u boos|aanmoediging|-0.96
p:u boos|argumenteren|-0.49
p:u boos|afleiden|0.92
p:u controleert|bekritiseren|0.83
p:u daar|samenvatting|0.93
p:u daarna|afronding-aankondigen|-0.97
p:u daarna|vervolgafspraak|0.96
p:u daartegenaan|jij-boodschap|-0.71
p:u daartegenaan|open-vraag|0.97
p:u daartegenaan|bekritiseren|-1.79
p:u daarvan|ik-boodschap|0.91
p:u daarvan|open-vraag|0.97
p:u dan|open-vraag|0.95
p:u dan|interpreteren|0.94
p:u dankbaar|bedanken|0.77
p:u dat|ik-boodschap|0.71
p:u dat|jij-boodschap|0.67
p:u dat|gevoelsreflectie|0.8
p:u dat|open-vraag|1.29
p:u dat|bevelen|0.65
p:u dat|bekritiseren|0.68
p:u dat|prijzen|0.85
p:u dat|ondervragen|1.0
p:u dat|afleiden|-0.95
p:u dat|bedanken|0.98
p:u de|ik-boodschap|-2.49
p:u de|parafrase|0.91
p:u de|adviseren|0.9
p:u de|argumenteren|-0.99
p:u denkt|geruststellen|0.91
p:u die|moraliseren|0.9
p:u dient|bekritiseren|-0.62
p:u dinsdag|vervolgafspraak|0.94
p:u dinsdag|bedanken|0.85
p:u dit|gevoelsreflectie|0.83
p:u dit|bevelen|-0.96
p:u dit|bedanken|0.98
p:u doen|parafrase|-0.99
p:u doen|bedanken|-0.99
p:u doet|jij-boodschap|0.97
p:u doet|bekritiseren|1.75
p:u doet|geruststellen|1.5
p:u donderdag|afronding-aankondigen|-0.93
p:u door|ik-boodschap|-1.0
p:u door|waarschuwen|1.0
p:u doordring|parafrase|-0.91
p:u drie|bekritiseren|0.25
p:u echt|vervolgafspraak|-0.92
p:u een|gevoelsreflectie|-0.99
p:u een|interpreteren|-0.99
p:u een|geruststellen|2.33
p:u eens|ik-boodschap|1.0
p:u eens|gevoelsreflectie|0.85
p:u eens|adviseren|1.0
p:u eens|vervolgafspraak|-0.87
p:u eerder|bekritiseren|-2.51
p:u eerst|parafrase|1.0
p:u eerst|samenvatting|-1.0
p:u eerst|prijzen|-1.0
p:u eigenlijk|bekritiseren|-0.97
p:u eigenlijk|vervolgafspraak|-1.0
p:u eindelijk|jij-boodschap|0.94
p:u eindelijk|bekritiseren|1.78
p:u er|ik-boodschap|-1.88
p:u er|jij-boodschap|-0.7
p:u er|parafrase|0.91
p:u er|gevoelsreflectie|0.16
p:u er|open-vraag|-0.73
p:u er|bekritiseren|-2.54
p:u er|ondervragen|0.96
p:u er|bedanken|0.26
p:u ervoor|open-vraag|-1.0
p:u ervoor|bevelen|0.95
p:u even|waarschuwen|-0.99
p:u fijn|bekritiseren|-0.84
p:u gaan|adviseren|-0.99
p:u gaan|prijzen|-0.99
p:u gaat|prijzen|1.96
p:u gaat|etiketteren|-0.68
p:u gaat|geruststellen|-0.99
p:u gebeld|interpreteren|-0.99
p:u geeft|parafrase|0.98
p:u geeft|bekritiseren|0.55
p:u geirriteerd|aanmoediging|-0.99
p:u gekomen|gevoelsreflectie|-0.84
p:u gekomen|adviseren|-0.97
p:u gekomen|prijzen|-0.97
p:u gekomen|vervolgafspraak|-0.95
p:u gekomen|bedanken|0.63
p:u gemerkt|ondervragen|-0.95
p:u geschrokken|argumenteren|0.91
p:u geschrokken|geruststellen|-0.9
p:u geschrokken|afleiden|-0.91
p:u geweest|gevoelsreflectie|0.71
p:u goed|parafrase|1.0
p:u goed|gevoelsreflectie|0.97
p:u goed|samenvatting|-1.0
p:u goed|aanmoediging|-0.96
p:u goed|prijzen|-1.0
p:u graag|afleiden|-0.97
p:u had|open-vraag|-0.99
p:u had|bevelen|-0.98
p:u had|bekritiseren|1.78
p:u halverwege|ik-boodschap|0.67
p:u hebben|samenvatting|-0.99
p:u heeft|jij-boodschap|-0.84
p:u heeft|gevoelsreflectie|-0.34
p:u heeft|argumenteren|0.96
p:u heeft|bekritiseren|-0.5
p:u heeft|interpreteren|-0.99
p:u heeft|geruststellen|-1.0
p:u heen|gevoelsreflectie|1.0
p:u heen|open-vraag|1.0
p:u heen|adviseren|-1.0
p:u heft|jij-boodschap|0.89
p:u heft|bekritiseren|0.89
p:u helpt|moraliseren|-0.94
p:u hem|gevoelsreflectie|-0.99
p:u hem|bevelen|0.63
p:u hem|adviseren|0.99
p:u hem|bekritiseren|0.89
p:u hem|prijzen|0.99
p:u hem|interpreteren|0.99
p:u het|gevoelsreflectie|-1.11
p:u het|open-vraag|1.72
p:u het|aanmoediging|1.73
p:u het|moraliseren|-0.94
p:u het|argumenteren|-0.91
p:u het|prijzen|-0.91
p:u het|interpreteren|0.95
p:u het|ondervragen|-0.99
p:u het|vervolgafspraak|-0.95
p:u het|bedanken|-1.05
p:u hier|gevoelsreflectie|0.96
p:u hier|bekritiseren|-0.33
p:u hier|bedanken|0.67
p:u hoe|jij-boodschap|-0.94
p:u hoeft|ik-boodschap|-1.0
p:u hoeft|bekritiseren|-0.5
p:u hoeft|geruststellen|1.96
p:u hoor|parafrase|0.99
p:u hoort|bekritiseren|-1.8
p:u iets|jij-boodschap|-0.99
p:u iets|bekritiseren|-0.99
p:u iets|geruststellen|-0.61
p:u ik|bedanken|0.85
p:u in|open-vraag|-0.98
p:u is|parafrase|0.91
p:u is|bekritiseren|0.74
p:u kijkt|samenvatting|-0.99
p:u kijkt|bekritiseren|0.85
p:u klinkt|gevoelsreflectie|1.0
p:u klinkt|open-vraag|1.0
p:u klinkt|aanmoediging|-1.0
p:u klinkt|adviseren|-1.0
p:u klinkt|etiketteren|0.99
p:u komt|geruststellen|-0.99
p:u kunt|jij-boodschap|-1.94
p:u kunt|samenvatting|-1.0
p:u kunt|waarschuwen|-1.0
p:u kunt|adviseren|0.92
p:u kunt|etiketteren|-1.0
p:u kwam|bekritiseren|-0.84
p:u laat|bevelen|-0.91
p:u laat|moraliseren|0.95
p:u laat|bekritiseren|0.35
p:u legt|bekritiseren|0.1
p:u let|jij-boodschap|-0.94
p:u let|bekritiseren|1.38
p:u lijkt|parafrase|-0.91
p:u luistert|jij-boodschap|1.0
p:u luistert|gevoelsreflectie|-0.96
p:u luistert|bekritiseren|1.0
p:u luistert|bedanken|-0.75
p:u maakt|samenvatting|0.93
p:u maakt|aanmoediging|-0.86
p:u maakt|bekritiseren|1.42
p:u maandag|ik-boodschap|-0.98
p:u maandag|afronding-aankondigen|0.93
p:u maandag|vervolgafspraak|0.99
p:u maandag|bedanken|-0.95
p:u maar|gevoelsreflectie|-0.85
p:u mag|aanmoediging|0.97
p:u met|adviseren|0.96
p:u meteen|open-vraag|-0.99
p:u midden|ik-boodschap|1.0
p:u mij|jij-boodschap|0.97
p:u mij|waarschuwen|0.92
p:u mij|bekritiseren|0.97
p:u moe|adviseren|0.86
p:u moet|bevelen|1.9
p:u moet|adviseren|-0.91
p:u moet|interpreteren|-0.98
p:u moet|afleiden|-0.97
p:u moet|bedanken|-0.99
p:u moeten|adviseren|-0.99
p:u moeten|bekritiseren|0.87
p:u morgen|samenvatting|-0.93
p:u morgen|bevelen|-0.53
p:u morgen|vervolgafspraak|0.89
p:u natuurlijk|prijzen|0.72
p:u neemt|jij-boodschap|0.97
p:u neemt|parafrase|-0.91
p:u neemt|moraliseren|-0.97
p:u neemt|bekritiseren|-1.29
p:u niet|ik-boodschap|-0.9
p:u niet|moraliseren|-0.86
p:u niet|adviseren|1.0
p:u niet|interpreteren|-0.97
p:u niet|ondervragen|1.0
p:u niet|afleiden|1.71
p:u niets|bekritiseren|-3.53
p:u niks|jij-boodschap|0.95
p:u niks|samenvatting|-0.95
p:u niks|bekritiseren|1.83
p:u nodig|parafrase|-0.93
p:u nog|samenvatting|0.99
p:u nog|adviseren|-0.99
p:u nog|prijzen|-0.99
p:u nog|afleiden|0.87
p:u nou|jij-boodschap|-1.79
p:u om|bedanken|0.95
p:u omdat|bekritiseren|-0.95
p:u onderbreekt|bekritiseren|0.73
p:u onderschat|waarschuwen|0.99
p:u ongerust|gevoelsreflectie|0.99
p:u ongerust|adviseren|-0.87
p:u ongerust|geruststellen|1.85
p:u op|gevoelsreflectie|1.0
p:u op|argumenteren|0.64
p:u over|ik-boodschap|0.93
p:u over|gevoelsreflectie|0.98
p:u over|adviseren|0.93
p:u over|vervolgafspraak|0.93
p:u overdrijft|bekritiseren|-3.71
p:u praat|vervolgafspraak|0.97
p:u praat|bedanken|0.95
p:u praten|open-vraag|-0.98
p:u raakt|gevoelsreflectie|0.88
p:u raakt|open-vraag|-0.94
p:u raakt|aanmoediging|0.88
p:u reageert|vervolgafspraak|-1.0
p:u rustig|gevoelsreflectie|-0.95
p:u rustig|aanmoediging|0.95
p:u samen|prijzen|-0.87
p:u schrikt|argumenteren|-0.99
p:u schrikt|geruststellen|0.99
p:u schuift|jij-boodschap|1.0
p:u schuift|bekritiseren|1.0
p:u snapt|bekritiseren|0.88
p:u snapt|prijzen|0.96
p:u teleurgesteld|open-vraag|0.62
p:u thuis|ik-boodschap|0.93
p:u thuis|gevoelsreflectie|-0.92
p:u thuis|samenvatting|0.94
p:u thuis|adviseren|0.93
p:u tijdens|parafrase|-0.91
p:u toch|jij-boodschap|2.45
p:u toch|bevelen|-0.96
p:u toch|waarschuwen|-0.99
p:u toch|moraliseren|0.97
p:u toch|adviseren|-0.83
p:u toch|etiketteren|1.65
p:u toen|gevoelsreflectie|-0.88
p:u toen|aanmoediging|1.0
p:u toen|etiketteren|-1.0
p:u tot|jij-boodschap|-1.0
p:u tot|parafrase|-1.0
p:u tot|samenvatting|-1.0
p:u tot|bekritiseren|-1.0
p:u uit|argumenteren|0.91
p:u van|open-vraag|0.62
p:u vanochtend|vervolgafspraak|-0.92
p:u vast|adviseren|-0.83
p:u vast|prijzen|0.99
p:u veel|bekritiseren|0.95
p:u verder|aanmoediging|0.99
p:u verdriet|gevoelsreflectie|0.83
p:u verdriet|bedanken|0.98
p:u vergeet|argumenteren|0.99
p:u vindt|jij-boodschap|0.83
p:u vindt|parafrase|1.0
p:u vindt|gevoelsreflectie|-1.0
p:u vindt|waarschuwen|-0.88
p:u vindt|bekritiseren|0.83
p:u vindt|interpreteren|-0.93
p:u voelt|gevoelsreflectie|0.99
p:u volgende|parafrase|-1.0
p:u volgende|open-vraag|-1.0
p:u volgende|vervolgafspraak|1.0
p:u voor|samenvatting|-0.99
p:u voor|afronding-aankondigen|-0.93
p:u voor|vervolgafspraak|-0.94
p:u vooral|gevoelsreflectie|1.0
p:u vrijdag|ik-boodschap|-0.98
p:u vrijdag|adviseren|-0.91
p:u vrijdag|vervolgafspraak|0.98
p:u vrijdag|bedanken|-0.88
p:u vroeger|interpreteren|0.96
p:u was|adviseren|0.81
p:u was|bekritiseren|0.99
p:u was|prijzen|0.92
p:u wat|jij-boodschap|-0.96
p:u weet|parafrase|-0.85
p:u weet|moraliseren|0.92
p:u weet|argumenteren|-0.92
p:u wel|gevoelsreflectie|-0.84
p:u wel|samenvatting|1.02
p:u wel|adviseren|-0.97
p:u wel|bekritiseren|1.55
p:u wel|prijzen|-0.97
p:u wel|vervolgafspraak|-0.89
p:u wel|bedanken|-0.77
p:u werkt|parafrase|-1.0
p:u werkt|bekritiseren|-0.82
p:u wilt|ik-boodschap|-0.92
p:u wilt|parafrase|0.13
p:u wilt|gevoelsreflectie|-2.31
p:u wilt|samenvatting|1.9
p:u wilt|bekritiseren|-1.8
p:u wilt|interpreteren|0.8
p:u wilt|vervolgafspraak|0.92
p:u wist|gevoelsreflectie|-0.7
p:u wist|samenvatting|1.0
p:u zeggen|parafrase|0.84
p:u zeggen|gevoelsreflectie|-0.83
p:u zegt|parafrase|0.92
p:u zegt|gevoelsreflectie|-0.96
p:u zegt|samenvatting|-0.92
p:u zegt|moraliseren|0.98
p:u zegt|prijzen|-0.99
p:u zegt|vervolgafspraak|-0.92
p:u zegt|bedanken|-0.75
p:u zelf|bekritiseren|-0.95
p:u zelf|bedanken|-0.95
p:u zich|gevoelsreflectie|1.8
p:u zich|samenvatting|-0.9
p:u zich|open-vraag|1.09
p:u zich|adviseren|0.91
p:u zich|prijzen|-0.99
p:u zich|interpreteren|0.99
p:u zich|ondervragen|-0.99
p:u zich|bedanken|-0.98
p:u ziet|geruststellen|-0.86
p:u zijn|gevoelsreflectie|0.21
p:u zijn|bekritiseren|-0.82
p:u zijn|ondervragen|0.95
p:u zijn|bedanken|-0.48
p:u zitten|ik-boodschap|-1.0
p:u zitten|waarschuwen|1.0
p:u zo|bekritiseren|-0.97
p:u zo|prijzen|0.98
p:u zo|afronding-aankondigen|-0.99
p:u zult|bevelen|0.99
p:u zult|moraliseren|-1.0
p:u zult|bekritiseren|-1.0
p:uit ?|ondervragen|0.81
p:uit dan|afronding-aankondigen|-0.98
p:uit een|geruststellen|-0.93
p:uit jezelf|ik-boodschap|0.97
p:uit marokko|prijzen|-1.0
p:uit meekrijgen|moraliseren|0.98
p:uit meekrijgen|bekritiseren|-0.98
p:uit onderzoek|argumenteren|0.91
p:uit te|bekritiseren|0.28
p:uit zijn|moraliseren|-0.91
p:uitdaging geven|interpreteren|0.99
p:uitdaging krijgt|parafrase|1.0
p:uitdaging krijgt|gevoelsreflectie|-1.0
p:uiterlijk maandag|bevelen|0.91
p:uitgelachen daar|ik-boodschap|0.9
p:uitgelachen daar|gevoelsreflectie|-0.96
p:uitgelachen daar|bekritiseren|-0.11
p:uitlachen doe|moraliseren|0.97
p:uitleg bij|parafrase|0.99
p:uitleg en|parafrase|-0.86
p:uitleg en|open-vraag|0.97
p:uitleg heen|parafrase|-0.99
p:uitleg krijgt|open-vraag|-0.88
p:uitleg moet|gevoelsreflectie|-0.96
p:uitleg niet|ik-boodschap|0.56
p:uitleg voor|open-vraag|0.64
p:uitpraten alsjeblieft|bekritiseren|-0.62
p:uitpraten laat|bekritiseren|0.73
p:uitschelden doe|jij-boodschap|-1.69
p:uitschelden doe|moraliseren|0.99
p:uitschelden doe|bekritiseren|-2.0
p:uitschelden schrijf|waarschuwen|0.92
p:uitvallen omdat|waarschuwen|-1.0
p:uitvallen omdat|moraliseren|-1.0
p:uitvallen omdat|bekritiseren|-1.0
p:uitvalt terwijl|open-vraag|-0.98
p:update te|ik-boodschap|-0.89
p:uren dan|samenvatting|0.95
p:uren dan|bedanken|0.89
p:uren haalt|waarschuwen|-1.0
p:uren haalt|moraliseren|-1.0
p:uren haalt|bekritiseren|-1.0
p:uren je|moraliseren|-1.0
p:uren je|bekritiseren|1.0
p:uren je|prijzen|-1.0
p:uren nauwelijks|ik-boodschap|0.97
p:uren nauwelijks|adviseren|-0.97
p:uur 's|jij-boodschap|0.83
p:uur 's|bekritiseren|0.83
p:uur bij|samenvatting|-0.93
p:uur dicht|adviseren|0.96
p:uur doorgeven|ik-boodschap|0.92
p:uur doorgeven|waarschuwen|-0.92
p:uur doorgeven|adviseren|-0.92
p:uur even|bedanken|-1.0
p:uur in|moraliseren|0.98
p:uur in|bekritiseren|-0.94
p:uur nablijven|bevelen|-0.89
p:uur niet|ik-boodschap|0.93
p:uur niet|parafrase|-0.93
p:uur praten|afronding-aankondigen|-0.88
p:uur praten|bedanken|-0.96
p:uur vaak|gevoelsreflectie|-0.79
p:uur verder|ondervragen|-1.0
p:uur verder|afronding-aankondigen|-1.0
p:uur verder|vervolgafspraak|1.0
p:uur wiskunde|vervolgafspraak|-1.0
p:uur zie|vervolgafspraak|0.95
p:uur zit|bevelen|-0.73
p:uur zit|waarschuwen|-0.94
p:uurtje leren|gevoelsreflectie|0.97
p:uurtje leren|adviseren|0.97
p:uw afspraken|geruststellen|-0.99
p:uw andere|bekritiseren|-0.88
p:uw dochter|moraliseren|0.97
p:uw dochter|bekritiseren|-0.7
p:uw eigen|geruststellen|-0.87
p:uw eigen|afleiden|-0.93
p:uw ervaring|prijzen|1.7
p:uw geduld|vervolgafspraak|0.94
p:uw geweldige|bekritiseren|0.93
p:uw geweldige|bedanken|-1.59
p:uw komst|samenvatting|0.95
p:uw komst|vervolgafspraak|-0.99
p:uw komst|bedanken|1.88
p:uw mail|gevoelsreflectie|-0.86
p:uw mail|bekritiseren|0.77
p:uw mails|gevoelsreflectie|0.96
p:uw man|ik-boodschap|0.56
p:uw telefoon|ik-boodschap|1.0
p:uw telefoon|parafrase|-0.91
p:uw tijd|bedanken|0.95
p:uw verantwoordelijkheid|jij-boodschap|-0.6
p:uw verhaal|vervolgafspraak|0.96
p:uw zoon|jij-boodschap|0.92
p:uw zoon|samenvatting|-0.99
p:uw zoon|moraliseren|-0.99
p:vaak alleen|ik-boodschap|-0.99
p:vaak alleen|bedanken|-0.64
p:vaak als|adviseren|0.93
p:vaak haar|ik-boodschap|-0.95
p:vaak met|gevoelsreflectie|-0.79
p:vaak te|parafrase|-0.86
p:vaak te|adviseren|-1.0
p:vader die|prijzen|0.99
p:vader die|geruststellen|-0.99
p:vader en|parafrase|0.93
p:vader en|waarschuwen|-0.96
p:vader het|adviseren|-0.93
p:vader komt|bevelen|-1.42
p:vader u|geruststellen|-0.86
p:vader vanavond|vervolgafspraak|0.76
p:vader woont|samenvatting|-1.0
p:vader woont|geruststellen|-1.0
p:vak heb|open-vraag|-0.92
p:vakantie ?|geruststellen|0.92
p:vakantie ?|afleiden|0.87
p:vakantie eigenlijk|afleiden|0.99
p:vakdocenten aan|jij-boodschap|-0.94
p:vakdocenten praat|samenvatting|0.94
p:vaker haar|geruststellen|-0.93
p:vaker hardop|adviseren|1.0
p:vaker hardop|bekritiseren|-1.0
p:vaker met|parafrase|-0.99
p:vaker met|moraliseren|-0.99
p:vaker met|afronding-aankondigen|-0.99
p:vaker naar|gevoelsreflectie|-0.72
p:vaker zelf|ondervragen|-0.82
p:vakken ?|parafrase|0.95
p:valt me|ik-boodschap|-0.95
p:valt me|jij-boodschap|-0.83
p:valt me|gevoelsreflectie|-0.79
p:valt niet|argumenteren|1.88
p:valt niet|geruststellen|-0.9
p:valt niet|afleiden|-0.91
p:van ?|bekritiseren|-1.0
p:van aan|etiketteren|-0.99
p:van aantrekt|bekritiseren|0.98
p:van baalt|gevoelsreflectie|0.96
p:van binnen|interpreteren|0.97
p:van communiceren|jij-boodschap|-0.93
p:van dat|ik-boodschap|0.23
p:van dat|gevoelsreflectie|0.88
p:van dat|vervolgafspraak|-0.84
p:van de|jij-boodschap|0.9
p:van de|samenvatting|-0.86
p:van de|open-vraag|-0.97
p:van de|adviseren|-0.81
p:van de|argumenteren|0.24
p:van de|prijzen|0.81
p:van de|ondervragen|-0.98
p:van de|vervolgafspraak|0.91
p:van denken|bekritiseren|0.95
p:van deze|ik-boodschap|-0.92
p:van die|bekritiseren|-0.99
p:van die|etiketteren|0.99
p:van dit|bedanken|-0.99
p:van een|ik-boodschap|0.71
p:van een|open-vraag|0.92
p:van een|moraliseren|0.95
p:van een|etiketteren|0.94
p:van engels|vervolgafspraak|0.89
p:van gemengde|adviseren|-0.9
p:van geschrokken|ik-boodschap|0.71
p:van geschrokken|open-vraag|0.17
p:van geschrokken|bekritiseren|-0.91
p:van het|afleiden|0.95
p:van huis|moraliseren|0.98
p:van huis|bekritiseren|-0.98
p:van in|jij-boodschap|0.99
p:van in|bekritiseren|0.43
p:van je|ik-boodschap|-0.95
p:van je|parafrase|-0.95
p:van je|samenvatting|0.95
p:van je|aanmoediging|-1.0
p:van je|moraliseren|0.99
p:van je|bekritiseren|0.92
p:van jesse|bekritiseren|-0.96
p:van jou|interpreteren|0.99
p:van jullie|jij-boodschap|-0.98
p:van kunnen|prijzen|0.96
p:van ligt|jij-boodschap|-0.75
p:van ligt|geruststellen|1.0
p:van luuk|ik-boodschap|1.0
p:van luuk|jij-boodschap|-1.0
p:van maakt|moraliseren|-0.96
p:van maakt|prijzen|-0.82
p:van maakt|etiketteren|0.96
p:van mees|ik-boodschap|-0.5
p:van merken|jij-boodschap|0.96
p:van mij|jij-boodschap|0.92
p:van mij|bekritiseren|1.28
p:van ons|open-vraag|0.62
p:van periode|argumenteren|-0.92
p:van samira|samenvatting|-0.96
p:van school|argumenteren|-0.99
p:van school|interpreteren|-0.99
p:van te|interpreteren|-0.99
p:van terechtgebracht|bekritiseren|0.7
p:van tevoren|ik-boodschap|-1.0
p:van tevoren|jij-boodschap|-1.0
p:van tevoren|gevoelsreflectie|-1.0
p:van tevoren|samenvatting|-1.0
p:van tevoren|open-vraag|-1.0
p:van tevoren|aanmoediging|-1.0
p:van tevoren|bevelen|-1.0
p:van tevoren|waarschuwen|-1.0
p:van tevoren|moraliseren|-1.0
p:van tevoren|adviseren|-1.0
p:van tevoren|argumenteren|1.0
p:van tevoren|bekritiseren|-1.0
p:van tevoren|prijzen|-1.0
p:van tevoren|etiketteren|-1.0
p:van tevoren|interpreteren|-1.0
p:van tevoren|geruststellen|-1.0
p:van tevoren|ondervragen|-1.0
p:van tevoren|afleiden|-1.0
p:van tevoren|afronding-aankondigen|-1.0
p:van tevoren|vervolgafspraak|-1.0
p:van tevoren|bedanken|-1.0
p:van thuis|bekritiseren|0.99
p:van thuis|etiketteren|-0.99
p:van twaalf|bekritiseren|-0.94
p:van u|parafrase|0.99
p:van u|bevelen|0.65
p:van u|moraliseren|-0.94
p:van u|bekritiseren|1.39
p:van vakantie|vervolgafspraak|-0.93
p:van veertien|moraliseren|0.98
p:van vorige|ondervragen|0.97
p:van wakker|open-vraag|0.98
p:van wanneer|gevoelsreflectie|-0.94
p:van wat|ik-boodschap|0.93
p:van wat|jij-boodschap|0.97
p:van wat|gevoelsreflectie|-0.84
p:van wat|bekritiseren|0.97
p:van wie|afleiden|-0.96
p:van wordt|ik-boodschap|-0.89
p:van wordt|parafrase|-1.0
p:van wordt|gevoelsreflectie|1.0
p:van wordt|samenvatting|-1.0
p:van wordt|open-vraag|-1.0
p:van wordt|geruststellen|-1.0
p:van zijn|adviseren|0.81
p:vanaf januari|samenvatting|-1.0
p:vanaf januari|geruststellen|-1.0
p:vanaf nu|bevelen|0.47
p:vanaf vandaag|waarschuwen|-0.96
p:vanavond even|vervolgafspraak|0.76
p:vanavond nog|vervolgafspraak|-0.97
p:vandaag bij|samenvatting|-0.99
p:vandaag bij|afleiden|-0.49
p:vandaag bij|bedanken|0.74
p:vandaag gewoon|waarschuwen|-0.96
p:vandaag gezegd|open-vraag|-0.97
p:vandaag he|afleiden|0.98
p:vandaag ik|vervolgafspraak|0.94
p:vandaag je|ik-boodschap|-0.76
p:vandaag niet|ik-boodschap|-0.93
p:vandaag stoppen|ik-boodschap|0.93
p:vandaag stoppen|vervolgafspraak|-0.84
p:vandaag was|argumenteren|-0.98
p:vandaag wil|samenvatting|-0.94
p:vandaag wil|afleiden|-0.94
p:vandaag wilden|bedanken|0.76
p:vanmiddag gewoon|bevelen|1.61
p:vanochtend ayoub|ik-boodschap|0.93
p:vanochtend met|vervolgafspraak|-0.92
p:vanzelf over|etiketteren|-0.98
p:vanzelf over|interpreteren|0.13
p:vanzelf over|geruststellen|0.9
p:vanzelf weer|afleiden|-0.86
p:vanzelf wel|afleiden|-0.73
p:vast aanspreekpunt|bedanken|-0.95
p:vast akkoord|prijzen|0.99
p:vast akkoord|etiketteren|-0.68
p:vast akkoord|geruststellen|-0.99
p:vast een|adviseren|-0.99
p:vast een|geruststellen|0.99
p:vast geen|prijzen|0.83
p:vast goed|waarschuwen|-0.88
p:vast goed|prijzen|-0.92
p:vast goed|geruststellen|1.0
p:vast huiswerkmoment|prijzen|-0.87
p:vast huiswerkuur|adviseren|1.0
p:vast meteen|prijzen|0.99
p:vast moment|interpreteren|-0.99
p:vast nog|adviseren|-0.83
p:vast ook|bevelen|-0.96
p:vast ook|argumenteren|-0.95
p:vast ook|bekritiseren|-0.33
p:vast ook|prijzen|0.98
p:vast ook|interpreteren|-0.93
p:vast ook|geruststellen|-0.86
p:vast wel|jij-boodschap|-1.0
p:vast wel|samenvatting|-1.0
p:vast wel|waarschuwen|-1.0
p:vast wel|prijzen|1.99
p:vast wel|etiketteren|-1.0
p:vaste bedtijd|prijzen|-0.98
p:vaste bedtijd|vervolgafspraak|-0.98
p:vaste huiswerktijd|ik-boodschap|0.93
p:vaste huiswerktijd|adviseren|0.93
p:vaste huiswerktijd|vervolgafspraak|0.93
p:vaste schermtijd|geruststellen|-0.97
p:vaste tijden|open-vraag|-0.97
p:vatten hij|aanmoediging|-0.76
p:veel beschermt|bekritiseren|-0.95
p:veel inhalen|ik-boodschap|0.99
p:veel kinderen|ik-boodschap|-0.99
p:veel kinderen|geruststellen|0.99
p:veel met|bekritiseren|0.96
p:veel over|parafrase|0.98
p:veel te|open-vraag|-0.99
p:veel te|bekritiseren|-1.25
p:veel uit|ondervragen|0.81
p:veel vrijheid|bekritiseren|0.55
p:veel vrijhied|bekritiseren|0.64
p:veertien hoort|moraliseren|0.98
p:veilig en|samenvatting|-0.96
p:veilig voelt|parafrase|0.88
p:veilig voelt|gevoelsreflectie|-0.87
p:vel daarom|moraliseren|-0.96
p:veranderde er|parafrase|1.0
p:veranderde er|open-vraag|1.0
p:veranderde er|moraliseren|-1.0
p:veranderde er|bedanken|-1.0
p:verandert zal|waarschuwen|0.99
p:verantwoordelijkheid af|jij-boodschap|1.0
p:verantwoordelijkheid af|bekritiseren|1.0
p:verantwoordelijkheid dat|jij-boodschap|-0.6
p:verantwoordelijkheid dat|moraliseren|0.94
p:verantwoordelijkheid niet|moraliseren|-0.97
p:verantwoordelijkheid om|moraliseren|0.99
p:verantwoordelijkheid te|bevelen|-0.92
p:verbergen dat|ik-boodschap|-0.93
p:verbergen dat|interpreteren|0.93
p:verbeteringen niet|waarschuwen|-0.94
p:verbouwing ?|afleiden|0.91
p:verder ?|aanmoediging|0.72
p:verder helemaal|jij-boodschap|0.43
p:verder ik|aanmoediging|0.99
p:verder ik|afronding-aankondigen|0.97
p:verder met|ik-boodschap|-1.0
p:verder met|prijzen|-0.98
p:verder met|geruststellen|-1.0
p:verder met|afronding-aankondigen|1.0
p:verder met|vervolgafspraak|0.82
p:verder praten|aanmoediging|-1.0
p:verder praten|ondervragen|-1.0
p:verder praten|afronding-aankondigen|-1.0
p:verder praten|vervolgafspraak|1.0
p:verdergaan met|afronding-aankondigen|0.99
p:verdergaan met|vervolgafspraak|0.99
p:verdergaan met|bedanken|-0.77
p:verdriet doet|gevoelsreflectie|0.83
p:verdriet doet|bedanken|0.98
p:verdrietig bij|gevoelsreflectie|0.85
p:verdrietig van|parafrase|-1.0
p:verdrietig van|gevoelsreflectie|0.12
p:verdrietig van|samenvatting|-1.95
p:verdrietig van|open-vraag|-1.0
p:vergeet dat|argumenteren|0.99
p:vergeet kan|ik-boodschap|0.94
p:vergeet soms|bevelen|-0.94
p:vergeet soms|geruststellen|0.94
p:vergeet want|open-vraag|-0.97
p:vergeet want|vervolgafspraak|0.97
p:vergeten hoe|open-vraag|0.98
p:vergeten waardoor|gevoelsreflectie|-0.86
p:vergeten waardoor|open-vraag|0.95
p:vergist je|argumenteren|0.9
p:verhaal afmaken|bekritiseren|0.73
p:verhaal ik|vervolgafspraak|0.96
p:verhuizing nog|argumenteren|-1.0
p:verhuizing nog|interpreteren|1.0
p:verhuizing wat|parafrase|1.0
p:verhuizing wat|open-vraag|1.0
p:verhuizing wat|moraliseren|-1.0
p:verhuizing wat|bedanken|-1.0
p:verjaardag ?|argumenteren|-1.0
p:verkeerd aangepakt|bekritiseren|0.69
p:verkeerd de|argumenteren|0.99
p:verkeerd doet|jij-boodschap|-0.99
p:verkeerd doet|bekritiseren|-0.99
p:verkeerd doet|geruststellen|-0.61
p:verkeerd gedaan|jij-boodschap|-1.65
p:verkeerd gedaan|bekritiseren|-2.39
p:verleden tijd|bekritiseren|-0.88
p:verlies ik|samenvatting|-1.0
p:verlies ik|vervolgafspraak|-1.0
p:verpest de|jij-boodschap|0.97
p:verpest de|waarschuwen|0.87
p:verpest de|argumenteren|-0.95
p:verpest de|bekritiseren|2.62
p:verpest de|prijzen|-0.73
p:verpest het|ik-boodschap|-0.93
p:verpest het|bekritiseren|-0.3
p:verpleegkundige ziet|prijzen|1.7
p:verschoven is|geruststellen|-0.6
p:verschuiven kan|vervolgafspraak|-0.97
p:verslag binnengekregen|bekritiseren|-0.96
p:verslag is|etiketteren|-0.94
p:versta ik|vervolgafspraak|-0.92
p:verstandig mens|argumenteren|-0.95
p:verstandig om|adviseren|1.0
p:verstandig om|afleiden|-1.0
p:vertaalt wat|bevelen|-0.99
p:vertel eens|gevoelsreflectie|-1.0
p:vertel eens|samenvatting|-1.0
p:vertel eens|open-vraag|1.0
p:verteld ?|ondervragen|0.99
p:vertellen ?|gevoelsreflectie|0.95
p:vertelt anouk|bekritiseren|-0.97
p:vertelt dank|bedanken|0.67
p:vertelt ik|gevoelsreflectie|0.83
p:vertelt ik|bedanken|0.98
p:vertelt u|gevoelsreflectie|-0.85
p:vertelt u|aanmoediging|0.99
p:vertelt u|vervolgafspraak|-0.87
p:vertrouwenspersoon er|vervolgafspraak|0.92
p:verveelt in|interpreteren|-0.94
p:verveelt zich|interpreteren|0.99
p:vervelend hoe|open-vraag|1.6
p:vervelend voor|open-vraag|-0.98
p:verwacht ?|open-vraag|0.62
p:verwacht dat|open-vraag|-0.99
p:verwacht u|bekritiseren|-0.97
p:verwacht van|bevelen|0.65
p:verwend nest|etiketteren|0.99
p:verwent haar|bekritiseren|-1.18
p:verwent hem|bekritiseren|1.24
p:verwerkt heeft|argumenteren|-1.0
p:verwerkt heeft|interpreteren|1.0
p:verzint gewoon|bekritiseren|-2.48
p:verzuim achterloopt|argumenteren|0.96
p:verzuim de|ik-boodschap|-0.99
p:verzuim en|bekritiseren|-0.93
p:verzuim in|samenvatting|0.96
p:verzuim in|vervolgafspraak|0.96
p:verzuim je|jij-boodschap|-0.89
p:verzuim zijn|argumenteren|-0.96
p:via een|parafrase|0.91
p:via een|prijzen|-0.91
p:via snapchat|bekritiseren|-0.9
p:vier uur|adviseren|-0.95
p:vier uur|ondervragen|-1.0
p:vier uur|afronding-aankondigen|-1.0
p:vierde mag|moraliseren|0.95
p:vijf is|moraliseren|-0.92
p:vijf is|argumenteren|0.92
p:vijf minuten|vervolgafspraak|-0.92
p:vijf van|argumenteren|0.75
p:vind dat|ik-boodschap|0.86
p:vind dat|gevoelsreflectie|-0.88
p:vind dat|bekritiseren|1.15
p:vind dit|ik-boodschap|-1.89
p:vind dit|aanmoediging|-1.0
p:vind het|ik-boodschap|0.98
p:vind het|gevoelsreflectie|0.86
p:vind het|waarschuwen|-1.0
p:vind het|moraliseren|-1.0
p:vind het|bekritiseren|-0.12
p:vind ik|ik-boodschap|2.89
p:vind ik|jij-boodschap|1.0
p:vind ik|parafrase|-0.91
p:vind ik|gevoelsreflectie|-0.86
p:vind ik|open-vraag|1.61
p:vind ik|moraliseren|0.98
p:vind ik|adviseren|0.93
p:vind ik|argumenteren|-0.76
p:vind ik|vervolgafspraak|0.91
p:vind je|aanmoediging|-1.0
p:vinden het|bekritiseren|0.97
p:vinden jullie|prijzen|0.83
p:vindt de|parafrase|-0.99
p:vindt de|samenvatting|1.0
p:vindt de|moraliseren|-0.99
p:vindt de|bekritiseren|-0.96
p:vindt de|afronding-aankondigen|-0.99
p:vindt dus|parafrase|1.0
p:vindt dus|gevoelsreflectie|-1.0
p:vindt dus|argumenteren|-0.96
p:vindt het|jij-boodschap|0.83
p:vindt het|waarschuwen|-0.88
p:vindt het|argumenteren|0.95
p:vindt het|bekritiseren|1.11
p:vindt het|interpreteren|-0.93
p:vindt u|prijzen|0.98
p:vindt u|interpreteren|0.95
p:vinger opsteekt|geruststellen|-0.93
p:vlak voor|argumenteren|0.91
p:voel dat|ik-boodschap|-0.93
p:voelen als|gevoelsreflectie|0.96
p:voelt door|samenvatting|-0.9
p:voelt en|interpreteren|0.92
p:voelt je|gevoelsreflectie|0.85
p:voelt over|interpreteren|0.99
p:voelt over|ondervragen|-0.99
p:voelt u|parafrase|0.91
p:voelt u|gevoelsreflectie|0.96
p:voelt zich|parafrase|-0.92
p:voelt zich|gevoelsreflectie|0.99
p:voelt zich|samenvatting|1.84
p:voelt zich|bedanken|0.89
p:voelt zij|samenvatting|-0.96
p:voetbalwedstrijd zaterdag|open-vraag|-1.57
p:voetbalwedstrijd zaterdag|afleiden|1.69
p:voldoende maar|argumenteren|-0.96
p:volg begon|afleiden|-0.92
p:volg wilt|parafrase|1.0
p:volg wilt|samenvatting|-1.0
p:volg wilt|prijzen|-1.0
p:volgend jaar|waarschuwen|0.96
p:volgend jaar|bekritiseren|-0.93
p:volgend jaar|prijzen|-0.84
p:volgende dag|argumenteren|0.91
p:volgende gesprek|vervolgafspraak|-0.92
p:volgende keer|ik-boodschap|-0.88
p:volgende keer|afronding-aankondigen|-0.98
p:volgende keer|vervolgafspraak|0.96
p:volgende ouders|afronding-aankondigen|0.94
p:volgende ouders|vervolgafspraak|-0.94
p:volgende punt|argumenteren|-0.99
p:volgende punt|afleiden|0.99
p:volgende staan|etiketteren|-0.77
p:volgende week|ik-boodschap|-0.93
p:volgende week|gevoelsreflectie|0.76
p:volgende week|open-vraag|-1.97
p:volgende week|aanmoediging|-1.0
p:volgende week|adviseren|-0.95
p:volgende week|ondervragen|-1.0
p:volgende week|afleiden|-0.96
p:volgende week|afronding-aankondigen|-1.0
p:volgende week|vervolgafspraak|2.92
p:volgende week|bedanken|0.95
p:volgens het|moraliseren|-0.87
p:volgens jou|gevoelsreflectie|-0.96
p:volgens mij|adviseren|-0.97
p:volgens mij|argumenteren|-0.95
p:volgens mij|interpreteren|1.98
p:volgens u|open-vraag|1.0
p:volgens u|interpreteren|-0.99
p:volgt een|bevelen|-0.89
p:volgt een|waarschuwen|0.99
p:volgt er|moraliseren|0.91
p:volgt nablijven|bevelen|0.91
p:volgt nablijven|adviseren|-0.91
p:volwassen dus|prijzen|0.99
p:vond dat|bekritiseren|0.59
p:vond het|ik-boodschap|2.76
p:vond hij|afleiden|0.95
p:vond om|interpreteren|-0.99
p:voor aardrijkskunde|ik-boodschap|0.94
p:voor aardrijkskunde|jij-boodschap|-0.43
p:voor aardrijkskunde|bekritiseren|-0.94
p:voor alle|argumenteren|0.99
p:voor biologie|bekritiseren|-0.96
p:voor dat|argumenteren|0.94
p:voor dat|vervolgafspraak|0.99
p:voor dat|bedanken|-0.77
p:voor de|ik-boodschap|-0.93
p:voor de|argumenteren|-0.95
p:voor de|bekritiseren|-0.71
p:voor de|afleiden|-0.93
p:voor dit|samenvatting|-1.0
p:voor dit|afronding-aankondigen|-1.85
p:voor dit|vervolgafspraak|-1.0
p:voor docenten|moraliseren|0.85
p:voor duits|aanmoediging|-0.97
p:voor een|gevoelsreflectie|-0.93
p:voor een|etiketteren|-1.0
p:voor een|ondervragen|-1.0
p:voor engels|samenvatting|0.93
p:voor engels|argumenteren|-0.92
p:voor fleur|samenvatting|1.0
p:voor frans|open-vraag|-0.7
p:voor frans|vervolgafspraak|-0.91
p:voor geschiedenis|parafrase|-0.99
p:voor haar|ik-boodschap|0.9
p:voor haar|bekritiseren|-1.8
p:voor haar|etiketteren|-0.93
p:voor haar|geruststellen|-0.99
p:voor half|samenvatting|0.96
p:voor half|vervolgafspraak|0.96
p:voor hem|ik-boodschap|0.99
p:voor hem|open-vraag|1.0
p:voor hem|moraliseren|-1.0
p:voor hem|bedanken|-1.0
p:voor het|jij-boodschap|-1.0
p:voor het|bekritiseren|-1.0
p:voor het|afronding-aankondigen|-1.99
p:voor het|vervolgafspraak|-0.94
p:voor het|bedanken|2.0
p:voor huiswerk|interpreteren|-0.99
p:voor iedereen|bekritiseren|0.97
p:voor ingezet|jij-boodschap|0.89
p:voor ingezet|bekritiseren|0.89
p:voor je|gevoelsreflectie|-0.86
p:voor je|open-vraag|0.95
p:voor je|bekritiseren|1.75
p:voor je|etiketteren|-0.99
p:voor jou|ik-boodschap|0.88
p:voor jou|open-vraag|1.63
p:voor natuurkunde|jij-boodschap|-0.95
p:voor natuurkunde|argumenteren|0.95
p:voor natuurkunde|bekritiseren|-0.95
p:voor nederlands|jij-boodschap|-0.89
p:voor nederlands|gevoelsreflectie|-0.92
p:voor nederlands|argumenteren|-0.92
p:voor nu|samenvatting|-0.95
p:voor nu|afronding-aankondigen|1.89
p:voor nu|vervolgafspraak|0.86
p:voor nu|bedanken|0.55
p:voor ons|open-vraag|-0.98
p:voor parijs|ik-boodschap|0.99
p:voor school|bekritiseren|1.87
p:voor te|geruststellen|0.97
p:voor twee|samenvatting|-0.93
p:voor u|parafrase|-0.99
p:voor u|gevoelsreflectie|1.5
p:voor u|open-vraag|-0.81
p:voor u|vervolgafspraak|-0.97
p:voor u|bedanken|-0.99
p:voor uw|samenvatting|0.95
p:voor uw|bekritiseren|0.93
p:voor uw|vervolgafspraak|0.91
p:voor uw|bedanken|1.24
p:voor vandaag|ik-boodschap|0.93
p:voor vandaag|samenvatting|-0.99
p:voor vandaag|interpreteren|-0.92
p:voor vandaag|afleiden|-0.49
p:voor vandaag|afronding-aankondigen|1.89
p:voor vandaag|vervolgafspraak|0.1
p:voor vandaag|bedanken|-0.26
p:voor volgend|bekritiseren|-0.93
p:voor volgende|parafrase|0.99
p:voor volgende|gevoelsreflectie|0.76
p:voor volgende|afleiden|-0.96
p:voor wiskunde|jij-boodschap|-0.95
p:voor wiskunde|argumenteren|0.29
p:voor wiskunde|bekritiseren|-0.95
p:voor zijn|interpreteren|0.96
p:voor zin|bevelen|-0.99
p:vooral bij|parafrase|0.95
p:vooral boos|gevoelsreflectie|1.0
p:vooral dat|gevoelsreflectie|-0.87
p:vooral de|samenvatting|-0.95
p:vooral indruk|interpreteren|1.0
p:vooral om|parafrase|0.91
p:vooral online|parafrase|-0.92
p:vooral online|samenvatting|0.9
p:vooral via|bekritiseren|-0.9
p:voorbeeld geven|gevoelsreflectie|-0.94
p:voorbeeld geven|moraliseren|0.95
p:voorbeeld moeten|adviseren|-0.93
p:voorstellen dat|ik-boodschap|-0.89
p:voorstellen dat|gevoelsreflectie|0.92
p:voorstellen dat|open-vraag|-0.65
p:voortaan elke|bekritiseren|0.83
p:voortaan op|bevelen|0.65
p:vorige gesprek|jij-boodschap|-0.94
p:vorige week|ik-boodschap|0.86
p:vorige week|jij-boodschap|0.97
p:vorige week|ondervragen|0.97
p:vorige week|vervolgafspraak|-0.94
p:vraag ?|jij-boodschap|0.7
p:vraag ?|ondervragen|-0.94
p:vraag de|ik-boodschap|-0.88
p:vraag ga|bevelen|0.89
p:vraag niet|ik-boodschap|1.77
p:vragen bij|adviseren|0.86
p:vragen hoe|adviseren|0.81
p:vragen om|ik-boodschap|-0.89
p:vreselijk aan|bekritiseren|1.81
p:vrienden van|ik-boodschap|-0.95
p:vrienden van|parafrase|-0.95
p:vrienden van|samenvatting|0.95
p:vriendengroep en|open-vraag|0.75
p:vriendengroep en|vervolgafspraak|-0.97
p:vriendinnen staat|ik-boodschap|-0.98
p:vriendje ?|ondervragen|0.81
p:vrijdag de|ik-boodschap|-0.98
p:vrijdag even|vervolgafspraak|0.98
p:vrijdag kijken|ik-boodschap|-0.93
p:vrijdag mail|jij-boodschap|-0.94
p:vrijdag nablijven|waarschuwen|1.0
p:vrijdag nablijven|adviseren|-1.0
p:vrijdag nablijven|prijzen|-1.0
p:vrijdag om|adviseren|-0.91
p:vrijdag om|bedanken|-0.88
p:vrijdag steeds|waarschuwen|-1.0
p:vrijdag steeds|moraliseren|-1.0
p:vrijdag steeds|bekritiseren|-1.0
p:vroeg daar|ik-boodschap|0.96
p:vroeger zelf|interpreteren|0.96
p:vrouw als|prijzen|0.92
p:vrouw u|jij-boodschap|-1.0
p:vrouw u|samenvatting|-1.0
p:vrouw u|waarschuwen|-1.0
p:vrouw u|prijzen|1.96
p:vrouw u|etiketteren|-1.0
p:waait wel|afleiden|-0.99
p:waar hij|ik-boodschap|0.98
p:waar hij|vervolgafspraak|-0.98
p:waar je|afronding-aankondigen|-0.94
p:waar maakt|open-vraag|1.0
p:waar want|argumenteren|0.64
p:waar was|open-vraag|-0.98
p:waar was|adviseren|-0.99
p:waar zijn|moraliseren|0.96
p:waardeloos werkstuk|bekritiseren|0.95
p:waardoor het|ik-boodschap|-0.5
p:waardoor hij|ik-boodschap|1.91
p:waardoor hij|parafrase|-0.9
p:waardoor hij|open-vraag|0.98
p:waardoor hij|adviseren|0.93
p:waardoor hij|vervolgafspraak|0.93
p:waardoor ik|ik-boodschap|0.74
p:waardoor ik|bekritiseren|-0.96
p:waardoor je|gevoelsreflectie|-0.86
p:waardoor je|open-vraag|0.95
p:waardoor je|vervolgafspraak|-0.93
p:waarin het|gevoelsreflectie|-0.99
p:waarom belt|bekritiseren|0.98
p:waarom bent|jij-boodschap|-1.7
p:waarom bent|bekritiseren|-1.62
p:waarom bent|ondervragen|1.95
p:waarom denkt|ondervragen|-0.95
p:waarom doe|jij-boodschap|0.7
p:waarom ga|bevelen|-0.94
p:waarom gaat|ik-boodschap|-0.9
p:waarom heb|geruststellen|-0.94
p:waarom heb|ondervragen|0.97
p:waarom heeft|bekritiseren|0.97
p:waarom heeft|ondervragen|2.92
p:waarom heeft|afleiden|-0.96
p:waarom kom|bekritiseren|0.73
p:waarom komt|ondervragen|-0.91
p:waarom laat|ondervragen|-0.95
p:waarom meldt|adviseren|0.99
p:waarom niet|bekritiseren|0.97
p:waarom nu|bekritiseren|-0.97
p:waarom probeert|ondervragen|-0.97
p:waarom reageert|bekritiseren|-0.97
p:waarom zet|adviseren|1.0
p:waarschuwing van|parafrase|-0.91
p:wacht buiten|aanmoediging|-0.88
p:wacht ik|bevelen|1.0
p:wacht wel|aanmoediging|0.97
p:wacht wel|bevelen|-0.97
p:wachten op|adviseren|-0.83
p:wakker ligt|open-vraag|0.98
p:wakker van|jij-boodschap|-0.75
p:wakker van|geruststellen|1.0
p:wanneer dat|gevoelsreflectie|-0.94
p:wanneer de|samenvatting|-1.0
p:wanneer de|vervolgafspraak|-1.0
p:wanneer finn|open-vraag|-0.88
p:wanneer heeft|afleiden|-0.96
p:wanneer is|argumenteren|-1.0
p:wanneer je|ik-boodschap|1.0
p:wanneer jullie|ik-boodschap|0.92
p:wanneer jullie|waarschuwen|-0.92
p:wanneer jullie|adviseren|-0.92
p:wanneer kan|open-vraag|0.99
p:wanneer u|ik-boodschap|1.0
p:wanneer u|parafrase|-0.91
p:wanneer yusuf|parafrase|-0.99
p:want dan|ik-boodschap|0.97
p:want dan|open-vraag|-0.97
p:want dan|vervolgafspraak|0.97
p:want ik|argumenteren|0.64
p:want ik|interpreteren|-0.91
p:want ik|vervolgafspraak|-0.92
p:want je|bekritiseren|0.96
p:want nu|afronding-aankondigen|-0.94
p:want zo|ik-boodschap|1.91
p:want zo|vervolgafspraak|-0.84
p:waren dank|bekritiseren|-0.61
p:was aangekondigd|parafrase|0.91
p:was bedankt|bekritiseren|-0.92
p:was bedankt|bedanken|0.92
p:was behoorlijk|bekritiseren|0.99
p:was daar|argumenteren|0.97
p:was daar|afleiden|-0.95
p:was dankjewel|prijzen|-0.83
p:was dat|afleiden|-0.95
p:was de|ik-boodschap|-0.84
p:was de|afleiden|0.99
p:was deze|argumenteren|-0.97
p:was drie|waarschuwen|-0.99
p:was drie|argumenteren|0.99
p:was echt|jij-boodschap|-0.98
p:was echt|geruststellen|-0.95
p:was gevallen|ik-boodschap|0.86
p:was het|open-vraag|0.59
p:was het|ondervragen|-0.77
p:was hij|open-vraag|-0.98
p:was hij|adviseren|-1.97
p:was je|open-vraag|-1.57
p:was je|afleiden|1.69
p:was maar|samenvatting|-0.86
p:was maar|argumenteren|0.98
p:was niet|bekritiseren|0.92
p:was op|bekritiseren|-0.95
p:was te|gevoelsreflectie|0.76
p:was te|samenvatting|0.86
p:was te|vervolgafspraak|0.92
p:was trouwens|geruststellen|0.92
p:was u|ondervragen|0.99
p:was u|bedanken|-0.95
p:was ze|bedanken|-0.95
p:was zou|waarschuwen|-0.97
p:was zou|adviseren|2.78
p:was zou|bekritiseren|0.85
p:was zou|prijzen|0.92
p:was zou|etiketteren|-1.0
p:wat als|ik-boodschap|0.81
p:wat als|adviseren|0.96
p:wat bent|jij-boodschap|2.45
p:wat bent|bevelen|-0.96
p:wat bent|adviseren|-0.83
p:wat bent|etiketteren|1.65
p:wat beter|bevelen|0.96
p:wat beter|geruststellen|0.96
p:wat de|moraliseren|0.86
p:wat de|adviseren|-0.96
p:wat deed|gevoelsreflectie|-0.88
p:wat deed|aanmoediging|1.0
p:wat deed|etiketteren|-1.0
p:wat doet|ik-boodschap|-1.0
p:wat doet|open-vraag|0.95
p:wat doet|interpreteren|-1.0
p:wat doet|ondervragen|1.0
p:wat doet|vervolgafspraak|-1.0
p:wat een|jij-boodschap|-0.65
p:wat een|gevoelsreflectie|0.71
p:wat een|bekritiseren|3.56
p:wat een|etiketteren|0.88
p:wat een|afleiden|-0.86
p:wat er|gevoelsreflectie|-1.75
p:wat er|samenvatting|-0.95
p:wat er|waarschuwen|0.96
p:wat er|moraliseren|-0.95
p:wat er|bekritiseren|0.58
p:wat eruit|samenvatting|0.93
p:wat eruit|vervolgafspraak|0.93
p:wat extra|interpreteren|0.99
p:wat fijn|bekritiseren|-0.33
p:wat fijn|prijzen|0.98
p:wat fijn|etiketteren|-0.61
p:wat ga|open-vraag|-0.92
p:wat ga|afleiden|0.8
p:wat gaat|gevoelsreflectie|1.84
p:wat gaat|open-vraag|1.0
p:wat gaat|adviseren|-1.0
p:wat goed|etiketteren|-0.93
p:wat had|gevoelsreflectie|0.92
p:wat had|open-vraag|0.62
p:wat heb|open-vraag|0.88
p:wat heeft|jij-boodschap|-1.0
p:wat heeft|parafrase|-1.0
p:wat heeft|gevoelsreflectie|-0.92
p:wat heeft|samenvatting|-1.0
p:wat heeft|bekritiseren|-1.0
p:wat heeft|ondervragen|-0.95
p:wat helpt|open-vraag|-0.97
p:wat helpt|vervolgafspraak|0.97
p:wat hij|ik-boodschap|0.98
p:wat hij|bekritiseren|1.21
p:wat ik|jij-boodschap|1.7
p:wat ik|open-vraag|-0.63
p:wat ik|bekritiseren|1.0
p:wat ik|ondervragen|-0.94
p:wat ik|bedanken|-0.98
p:wat is|open-vraag|0.69
p:wat is|afleiden|0.98
p:wat je|moraliseren|0.85
p:wat langzamer|adviseren|-1.0
p:wat laten|jij-boodschap|-0.96
p:wat maakt|open-vraag|0.98
p:wat meer|gevoelsreflectie|-1.0
p:wat meer|samenvatting|-1.0
p:wat meer|open-vraag|1.0
p:wat meer|adviseren|0.92
p:wat meer|prijzen|0.92
p:wat minder|open-vraag|-0.97
p:wat moet|open-vraag|-0.99
p:wat naar|open-vraag|-1.56
p:wat rustiger|bedanken|-0.95
p:wat school|parafrase|-0.86
p:wat trekt|parafrase|0.85
p:wat u|parafrase|0.92
p:wat u|samenvatting|-0.92
p:wat u|aanmoediging|-0.9
p:wat u|bekritiseren|-1.8
p:wat u|vervolgafspraak|-0.92
p:wat uw|moraliseren|0.97
p:wat vaker|adviseren|1.0
p:wat vaker|bekritiseren|-1.0
p:wat vaker|geruststellen|-0.93
p:wat vaker|ondervragen|-0.82
p:wat veranderde|parafrase|1.0
p:wat veranderde|open-vraag|1.0
p:wat veranderde|moraliseren|-1.0
p:wat veranderde|bedanken|-1.0
p:wat verwacht|bekritiseren|-0.97
p:wat vind|aanmoediging|-1.0
p:wat vond|afleiden|0.95
p:wat we|open-vraag|-0.97
p:wat we|bekritiseren|0.97
p:wat we|afronding-aankondigen|-0.9
p:wat weegt|open-vraag|0.75
p:wat weegt|vervolgafspraak|-0.97
p:wat weet|ik-boodschap|0.91
p:wat wil|ik-boodschap|-0.95
p:wat wil|parafrase|-0.95
p:wat wil|samenvatting|0.95
p:wat wilt|parafrase|-0.85
p:wat wilt|samenvatting|1.93
p:wat zachter|bevelen|0.97
p:wat zachter|geruststellen|-0.97
p:wat ze|waarschuwen|-0.99
p:wat ze|bekritiseren|-1.23
p:wat zei|afleiden|-0.95
p:wat ziet|open-vraag|0.97
p:wat zou|gevoelsreflectie|-0.86
p:wat zou|open-vraag|0.95
p:wat zou|bekritiseren|-0.7
p:wat zou|prijzen|-1.0
p:wc gaat|gevoelsreflectie|-0.72
p:we afspreken|bekritiseren|0.97
p:we allebei|samenvatting|0.9
p:we allebei|bedanken|-0.95
p:we bellen|bekritiseren|-2.27
p:we besproken|afronding-aankondigen|-0.9
p:we dat|open-vraag|1.0
p:we dat|interpreteren|-0.91
p:we de|etiketteren|0.91
p:we de|afleiden|-0.66
p:we dit|argumenteren|0.94
p:we dit|prijzen|-0.98
p:we donderdag|afronding-aankondigen|-0.98
p:we een|jij-boodschap|-1.7
p:we een|samenvatting|-0.99
p:we een|bekritiseren|-1.62
p:we een|ondervragen|0.96
p:we eerst|afleiden|0.95
p:we elkaar|afronding-aankondigen|-0.94
p:we elkaar|vervolgafspraak|0.97
p:we er|afleiden|-0.99
p:we er|vervolgafspraak|-0.84
p:we gaan|afronding-aankondigen|1.0
p:we gaan|vervolgafspraak|-0.96
p:we gemaakt|afronding-aankondigen|-0.91
p:we hebben|ik-boodschap|-0.99
p:we hebben|samenvatting|0.99
p:we hebben|moraliseren|-0.98
p:we hebben|bekritiseren|-0.93
p:we hebben|afleiden|-0.93
p:we hem|waarschuwen|-0.88
p:we hem|prijzen|0.98
p:we het|jij-boodschap|-0.96
p:we het|samenvatting|-1.0
p:we het|argumenteren|-0.91
p:we het|bekritiseren|0.72
p:we het|afleiden|1.77
p:we het|afronding-aankondigen|1.01
p:we het|vervolgafspraak|-1.95
p:we hier|prijzen|0.13
p:we hier|afronding-aankondigen|0.99
p:we hier|bedanken|-0.77
p:we hoe|samenvatting|0.86
p:we hoe|afronding-aankondigen|-0.94
p:we houden|samenvatting|0.96
p:we houden|aanmoediging|-0.91
p:we houden|vervolgafspraak|0.96
p:we komen|bedanken|-0.99
p:we maar|afleiden|-0.98
p:we maken|ik-boodschap|-1.0
p:we maken|parafrase|-1.0
p:we maken|samenvatting|1.0
p:we maken|open-vraag|-1.0
p:we maken|bevelen|-1.0
p:we maken|interpreteren|-1.0
p:we moeten|etiketteren|-0.77
p:we moeten|afronding-aankondigen|0.94
p:we moeten|vervolgafspraak|-1.93
p:we moeten|bedanken|0.63
p:we niet|afronding-aankondigen|0.97
p:we niets|ik-boodschap|0.67
p:we over|samenvatting|-1.64
p:we over|afronding-aankondigen|-0.94
p:we over|vervolgafspraak|0.91
p:we plannen|afronding-aankondigen|0.97
p:we ronden|samenvatting|-0.93
p:we ronden|afronding-aankondigen|0.93
p:we ronden|vervolgafspraak|0.94
p:we ronden|bedanken|0.96
p:we samen|ik-boodschap|-0.93
p:we samen|samenvatting|1.87
p:we samen|geruststellen|0.87
p:we samen|afronding-aankondigen|-1.0
p:we samen|vervolgafspraak|0.93
p:we samen|bedanken|-0.48
p:we spreken|ik-boodschap|-0.93
p:we spreken|samenvatting|0.94
p:we spreken|waarschuwen|-1.0
p:we spreken|bedanken|-0.48
p:we steeds|ik-boodschap|0.93
p:we steeds|vervolgafspraak|-0.84
p:we stoppen|samenvatting|-0.95
p:we stoppen|afronding-aankondigen|0.95
p:we stoppen|vervolgafspraak|0.86
p:we stoppen|bedanken|0.55
p:we tegelijk|vervolgafspraak|-0.92
p:we vandaag|open-vraag|-0.97
p:we verder|ik-boodschap|-1.0
p:we verder|geruststellen|-1.0
p:we verder|afronding-aankondigen|1.0
p:we verder|vervolgafspraak|0.82
p:we verdergaan|bekritiseren|-0.98
p:we verdergaan|geruststellen|-0.76
p:we verdergaan|afleiden|0.98
p:we volgende|open-vraag|-0.97
p:we volgende|aanmoediging|-1.0
p:we volgende|ondervragen|-1.0
p:we volgende|afronding-aankondigen|-1.0
p:we volgende|vervolgafspraak|1.97
p:we voor|ik-boodschap|0.93
p:we voor|vervolgafspraak|-0.84
p:we weer|samenvatting|0.96
p:we weer|afronding-aankondigen|-0.88
p:we weer|vervolgafspraak|1.93
p:we weer|bedanken|-0.96
p:we willen|gevoelsreflectie|-0.98
p:we zien|parafrase|-0.99
p:we zien|prijzen|-0.98
p:we zitten|bevelen|-0.46
p:website daar|afleiden|-0.93
p:weegt voor|open-vraag|0.75
p:weegt voor|vervolgafspraak|-0.97
p:week bel|bedanken|0.95
p:week donderdag|aanmoediging|-1.0
p:week door|adviseren|0.98
p:week doorneemt|adviseren|0.93
p:week drie|ik-boodschap|0.91
p:week drie|argumenteren|-0.91
p:week een|ik-boodschap|-0.89
p:week een|parafrase|-1.0
p:week een|open-vraag|-1.0
p:week een|vervolgafspraak|1.0
p:week gelezen|ondervragen|0.97
p:week ging|jij-boodschap|-0.94
p:week hebben|afleiden|-0.96
p:week hebben|vervolgafspraak|-0.96
p:week maandag|gevoelsreflectie|0.76
p:week maandag|samenvatting|0.86
p:week maandag|vervolgafspraak|0.92
p:week met|vervolgafspraak|-0.94
p:week niets|bekritiseren|0.7
p:week samen|jij-boodschap|0.97
p:week terug|vervolgafspraak|-0.93
p:week twee|gevoelsreflectie|-0.86
p:week twee|open-vraag|0.95
p:week vrijdag|ik-boodschap|-0.93
p:week woensdag|open-vraag|-0.97
p:week woensdag|adviseren|-0.95
p:week woensdag|ondervragen|-1.0
p:week woensdag|afronding-aankondigen|-1.0
p:week woensdag|vervolgafspraak|1.97
p:week zijn|ik-boodschap|0.86
p:week zit|vervolgafspraak|0.92
p:weekend ?|bekritiseren|-0.82
p:weekend ?|ondervragen|0.19
p:weekend niet|ik-boodschap|0.98
p:weekend niet|vervolgafspraak|-0.98
p:weekplanning te|moraliseren|-0.98
p:weer beter|etiketteren|0.95
p:weer dan|afleiden|-0.97
p:weer dan|afronding-aankondigen|-0.94
p:weer dank|samenvatting|-0.95
p:weer dank|bekritiseren|1.55
p:weer dank|afronding-aankondigen|0.95
p:weer dank|bedanken|-1.21
p:weer een|bekritiseren|0.94
p:weer een|etiketteren|-0.88
p:weer gebeurt|argumenteren|-0.95
p:weer gebeurt|bekritiseren|0.63
p:weer goed|afleiden|-0.86
p:weer hier|afronding-aankondigen|-0.88
p:weer hier|bedanken|-0.96
p:weer in|waarschuwen|0.96
p:weer in|geruststellen|0.98
p:weer in|afleiden|-0.98
p:weer leuk|parafrase|-0.93
p:weer mee|waarschuwen|-0.81
p:weer met|gevoelsreflectie|-0.98
p:weer met|open-vraag|0.88
p:weer mooi|afleiden|0.98
p:weer naar|bekritiseren|-0.94
p:weer niet|ik-boodschap|-0.76
p:weer niet|open-vraag|-0.95
p:weer om|samenvatting|0.96
p:weer om|vervolgafspraak|1.93
p:weer op|bekritiseren|-0.7
p:weer op|prijzen|-1.0
p:weer plezier|samenvatting|0.9
p:weer spijbelt|samenvatting|-0.95
p:weer spijbelt|moraliseren|-0.95
p:weer te|waarschuwen|0.96
p:weer trouwens|bekritiseren|-0.64
p:weer voor|bekritiseren|0.97
p:weer wat|geruststellen|-0.93
p:wees gerust|argumenteren|-0.63
p:wees gerust|geruststellen|0.65
p:weet ?|jij-boodschap|0.67
p:weet ?|bekritiseren|0.81
p:weet het|etiketteren|0.95
p:weet ik|ik-boodschap|1.0
p:weet ik|afronding-aankondigen|-0.94
p:weet je|ik-boodschap|0.81
p:weet je|bekritiseren|1.0
p:weet je|prijzen|-1.0
p:weet niet|parafrase|-0.85
p:weet niet|gevoelsreflectie|-0.92
p:weet toch|moraliseren|0.92
p:weet toch|argumenteren|-0.92
p:weet toch|geruststellen|-0.89
p:weet u|ik-boodschap|0.91
p:weet u|jij-boodschap|-0.96
p:weet u|argumenteren|0.91
p:weet waar|moraliseren|0.96
p:weet wat|ik-boodschap|-0.9
p:weet wat|samenvatting|-0.95
p:weet wat|waarschuwen|0.96
p:weet wat|moraliseren|-0.95
p:weet zeker|geruststellen|0.99
p:weg als|bevelen|0.52
p:weg als|waarschuwen|0.99
p:weg ilias|waarschuwen|-0.99
p:weg voor|etiketteren|-1.0
p:weg voor|ondervragen|-1.0
p:wegblijft krijgt|parafrase|-0.91
p:wegstopt pak|waarschuwen|0.94
p:wegzakt misschien|ik-boodschap|1.0
p:wegzakt misschien|adviseren|1.0
p:weinig aandacht|geruststellen|-0.98
p:weinig doet|argumenteren|-0.96
p:weinig en|aanmoediging|-0.76
p:weinig oplevert|parafrase|0.99
p:weinig slaapt|ik-boodschap|1.0
p:weinig slaapt|adviseren|1.0
p:weinig uitdaging|parafrase|1.0
p:weinig uitdaging|gevoelsreflectie|-1.0
p:wekelijks contact|parafrase|-0.98
p:wekelijks contact|aanmoediging|-0.98
p:weken bellen|vervolgafspraak|0.97
p:weken echt|geruststellen|0.91
p:weken evalueren|samenvatting|-0.79
p:weken geen|ik-boodschap|0.94
p:weken geen|jij-boodschap|-0.43
p:weken geen|bekritiseren|-0.94
p:weken in|argumenteren|1.72
p:weken kijken|samenvatting|0.94
p:weken om|ik-boodschap|0.93
p:weken om|adviseren|0.93
p:weken om|vervolgafspraak|0.93
p:weken op|samenvatting|0.86
p:weken pas|vervolgafspraak|-0.93
p:weken samen|vervolgafspraak|0.91
p:weken slecht|gevoelsreflectie|-0.99
p:weken slecht|adviseren|-0.99
p:weken van|ik-boodschap|-1.0
p:weken van|jij-boodschap|-1.0
p:weken van|parafrase|-1.0
p:weken van|gevoelsreflectie|-1.0
p:weken van|samenvatting|-1.0
p:weken van|open-vraag|-1.0
p:weken van|aanmoediging|-1.0
p:weken van|bevelen|-1.0
p:weken van|waarschuwen|-1.0
p:weken van|moraliseren|-1.0
p:weken van|adviseren|-1.0
p:weken van|argumenteren|1.0
p:weken van|bekritiseren|-1.0
p:weken van|prijzen|-1.0
p:weken van|etiketteren|-1.0
p:weken van|interpreteren|-1.0
p:weken van|geruststellen|-1.0
p:weken van|ondervragen|-1.0
p:weken van|afleiden|-1.0
p:weken van|afronding-aankondigen|-1.0
p:weken van|vervolgafspraak|-1.0
p:weken van|bedanken|-1.0
p:weken zie|afleiden|-0.97
p:weken zien|afronding-aankondigen|-0.94
p:weken zijn|adviseren|0.93
p:weken zijn|vervolgafspraak|0.93
p:weken zitten|samenvatting|0.96
p:weken zitten|vervolgafspraak|0.96
p:wekker dan|adviseren|0.81
p:wel accepteren|moraliseren|-1.0
p:wel accepteren|bekritiseren|-1.0
p:wel alleen|jij-boodschap|-1.0
p:wel alleen|samenvatting|-1.0
p:wel alleen|waarschuwen|-1.0
p:wel alleen|prijzen|1.0
p:wel alleen|etiketteren|-1.0
p:wel bij|parafrase|-0.94
p:wel bij|prijzen|0.85
p:wel bram|jij-boodschap|1.0
p:wel bram|open-vraag|-0.92
p:wel bram|bekritiseren|1.0
p:wel bram|afleiden|0.8
p:wel dat|gevoelsreflectie|-0.84
p:wel dat|adviseren|-0.97
p:wel dat|bekritiseren|-0.97
p:wel doorheen|jij-boodschap|-0.75
p:wel doorheen|geruststellen|1.86
p:wel echt|geruststellen|1.77
p:wel eens|geruststellen|-0.88
p:wel eens|afleiden|1.78
p:wel goed|gevoelsreflectie|-0.97
p:wel goed|bekritiseren|-1.0
p:wel goed|geruststellen|0.92
p:wel had|ik-boodschap|-0.97
p:wel had|geruststellen|-0.97
p:wel hoe|prijzen|-0.98
p:wel hoeveel|moraliseren|-1.0
p:wel hoeveel|bekritiseren|1.0
p:wel hoeveel|prijzen|-1.0
p:wel je|gevoelsreflectie|-0.92
p:wel maar|jij-boodschap|-0.97
p:wel maar|samenvatting|0.97
p:wel maar|geruststellen|-0.93
p:wel meevalt|bevelen|-0.98
p:wel noor|bedanken|0.74
p:wel op|geruststellen|0.87
p:wel op|afronding-aankondigen|-1.0
p:wel over|afleiden|-0.73
p:wel uit|afleiden|-0.99
p:wel vaker|geruststellen|1.0
p:wel van|ik-boodschap|-0.87
p:wel van|parafrase|0.99
p:wel van|argumenteren|-0.99
p:wel van|bekritiseren|-0.91
p:wel van|geruststellen|-1.0
p:wel voor|samenvatting|0.99
p:wel voor|afronding-aankondigen|-0.95
p:wel voor|vervolgafspraak|-0.99
p:wel voor|bedanken|0.99
p:wel we|samenvatting|-0.93
p:wel we|afronding-aankondigen|0.93
p:welk telefoonnummer|open-vraag|-1.63
p:welk vak|open-vraag|-0.92
p:welke dagen|open-vraag|-0.99
p:werk heel|gevoelsreflectie|-1.0
p:werk heel|bevelen|-1.0
p:werk heel|afronding-aankondigen|-1.0
p:werk hem|adviseren|0.93
p:werk niet|ik-boodschap|-0.92
p:werk nooit|interpreteren|-0.96
p:werkelijk een|bekritiseren|0.95
p:werken blijft|waarschuwen|1.0
p:werken blijft|ondervragen|-1.0
p:werken dan|bevelen|-0.96
p:werken en|ik-boodschap|0.9
p:werkmap heeft|gevoelsreflectie|-0.59
p:werkstuk krijgt|argumenteren|0.65
p:werkstuk uiterlijk|bevelen|0.91
p:werkt ?|bekritiseren|-0.82
p:werkt dat|argumenteren|0.96
p:werkt dat|geruststellen|-1.0
p:werkt in|parafrase|-1.0
p:werkt kom|ik-boodschap|0.97
p:werkt kom|adviseren|-0.97
p:werkweek niet|ik-boodschap|-1.6
p:werkweek niet|parafrase|0.91
p:wessel maken|vervolgafspraak|-0.97
p:weten als|gevoelsreflectie|-1.0
p:weten als|open-vraag|-1.0
p:weten als|vervolgafspraak|1.0
p:weten je|bevelen|-0.73
p:weten je|waarschuwen|-0.94
p:weten jullie|bekritiseren|1.26
p:weten wat|parafrase|-0.86
p:weten wat|waarschuwen|-0.99
p:weten wat|moraliseren|0.97
p:wie ?|open-vraag|-0.98
p:wie doet|bekritiseren|-0.82
p:wie een|argumenteren|0.95
p:wie een|etiketteren|-0.95
p:wie en|afleiden|-0.96
p:wie heeft|ondervragen|0.99
p:wie is|ik-boodschap|-1.0
p:wie is|interpreteren|-1.0
p:wie is|ondervragen|1.0
p:wie is|vervolgafspraak|-1.0
p:wie kijkt|ik-boodschap|-1.0
p:wie kijkt|interpreteren|-1.0
p:wie kijkt|ondervragen|1.0
p:wie kijkt|vervolgafspraak|-1.0
p:wie niet|argumenteren|1.51
p:wie niet|geruststellen|-0.8
p:wie was|adviseren|-0.99
p:wie was|afleiden|-0.95
p:wie was|bedanken|-0.95
p:wij letten|geruststellen|0.97
p:wij u|open-vraag|-0.99
p:wijze vrouw|prijzen|0.96
p:wil daan|samenvatting|1.0
p:wil dat|bevelen|0.98
p:wil dus|samenvatting|-0.89
p:wil eerlijk|open-vraag|0.96
p:wil eerlijk|bekritiseren|0.96
p:wil eigenlijk|parafrase|0.85
p:wil gewoon|bekritiseren|-0.72
p:wil gewoon|interpreteren|0.93
p:wil graag|samenvatting|1.0
p:wil hebben|bekritiseren|0.88
p:wil het|interpreteren|-0.91
p:wil het|afronding-aankondigen|1.91
p:wil het|bedanken|0.99
p:wil hij|waarschuwen|-0.99
p:wil hij|interpreteren|0.99
p:wil ik|samenvatting|-0.94
p:wil ik|bevelen|0.98
p:wil ik|afleiden|0.99
p:wil ik|afronding-aankondigen|0.91
p:wil je|ik-boodschap|-0.95
p:wil je|samenvatting|0.95
p:wil maken|adviseren|-0.98
p:wil naast|parafrase|-0.99
p:wil naast|moraliseren|-0.99
p:wil naast|afronding-aankondigen|-0.99
p:wil niet|samenvatting|-0.99
p:wil nu|bevelen|-1.0
p:wil u|vervolgafspraak|-0.92
p:wil vaker|parafrase|-0.99
p:wil vaker|moraliseren|-0.99
p:wil vaker|afronding-aankondigen|-0.99
p:wil vooral|interpreteren|1.0
p:wil wel|jij-boodschap|-0.97
p:wil wel|gevoelsreflectie|-0.92
p:wil wel|samenvatting|0.97
p:wilden komen|bedanken|0.76
p:willen allebei|gevoelsreflectie|-0.98
p:willen we|samenvatting|0.9
p:wilt dat|gevoelsreflectie|-0.73
p:wilt dus|gevoelsreflectie|-0.87
p:wilt een|gevoelsreflectie|0.76
p:wilt een|samenvatting|1.86
p:wilt een|vervolgafspraak|0.92
p:wilt gewoon|interpreteren|0.8
p:wilt graag|parafrase|0.99
p:wilt graag|samenvatting|-0.85
p:wilt horen|bekritiseren|-1.8
p:wilt kan|ik-boodschap|-0.92
p:wilt meer|gevoelsreflectie|-0.73
p:wilt meer|samenvatting|0.97
p:wilt sneller|gevoelsreflectie|-0.73
p:wilt u|parafrase|0.15
p:wilt u|samenvatting|0.93
p:wilt u|prijzen|-1.0
p:wilt weten|parafrase|-0.86
p:wiskunde een|argumenteren|-0.66
p:wiskunde en|jij-boodschap|-0.95
p:wiskunde en|argumenteren|0.95
p:wiskunde en|bekritiseren|-0.95
p:wiskunde per|vervolgafspraak|-1.0
p:wiskunde ravi|interpreteren|0.82
p:wiskunde steeds|gevoelsreflectie|-0.72
p:wist dat|argumenteren|-0.98
p:wist niet|gevoelsreflectie|-0.7
p:wist niets|samenvatting|1.0
p:wist wel|ik-boodschap|-0.87
p:wist wel|parafrase|0.99
p:wist wel|argumenteren|-0.99
p:wit staan|argumenteren|0.95
p:woensdag bijles|prijzen|0.83
p:woensdag en|samenvatting|-0.93
p:woensdag het|bedanken|-1.0
p:woensdag kijken|samenvatting|0.86
p:woensdag om|adviseren|-0.95
p:woensdag om|ondervragen|-1.0
p:woensdag om|afronding-aankondigen|-1.0
p:woensdag om|vervolgafspraak|1.0
p:woensdag samen|open-vraag|-0.97
p:woensdag samen|vervolgafspraak|0.97
p:wonen dichtbij|open-vraag|-1.0
p:wonen dichtbij|bekritiseren|-0.87
p:woont ?|samenvatting|-1.0
p:woont ?|geruststellen|-1.0
p:woord wil|bekritiseren|0.88
p:woorden anders|waarschuwen|0.93
p:woorden je|ik-boodschap|-0.87
p:woorden je|parafrase|0.99
p:woorden je|argumenteren|-0.99
p:woorden u|gevoelsreflectie|-0.7
p:woorden u|samenvatting|0.8
p:word er|ik-boodschap|0.93
p:word er|vervolgafspraak|-0.84
p:word hier|gevoelsreflectie|-0.88
p:word ik|jij-boodschap|-1.0
p:word ik|samenvatting|-0.96
p:worden en|gevoelsreflectie|-0.73
p:worden gewogen|argumenteren|0.96
p:wordt buitengesloten|parafrase|0.92
p:wordt buitengesloten|samenvatting|-0.92
p:wordt er|ik-boodschap|0.96
p:wordt er|bevelen|-0.84
p:wordt fijn|bedanken|0.67
p:wordt hij|bevelen|0.47
p:wordt hij|waarschuwen|1.0
p:wordt hij|bekritiseren|-0.79
p:wordt ik|interpreteren|0.96
p:wordt misschien|ik-boodschap|-0.89
p:wordt yara|parafrase|-1.0
p:wordt yara|gevoelsreflectie|1.0
p:wordt yara|samenvatting|-1.0
p:wordt yara|open-vraag|-1.0
p:wordt ze|afleiden|-0.98
p:yusuf door|parafrase|-0.99
p:yusuf heeft|samenvatting|0.97
p:yusuf is|open-vraag|-0.95
p:zachter anders|bevelen|0.97
p:zachter anders|geruststellen|-0.97
p:zag dat|ik-boodschap|-0.71
p:zakken wat|ik-boodschap|-0.95
p:zakken wat|parafrase|-0.95
p:zakken wat|samenvatting|0.95
p:zal ik|waarschuwen|0.99
p:zal ik|vervolgafspraak|0.98
p:zat ?|open-vraag|0.59
p:zaterdag ?|open-vraag|-1.57
p:zaterdag ?|afleiden|1.69
p:ze ?|ondervragen|0.81
p:ze ?|afleiden|-0.95
p:ze alsof|jij-boodschap|0.71
p:ze alsof|bekritiseren|0.86
p:ze alsof|geruststellen|-0.99
p:ze bedoelde|geruststellen|1.0
p:ze de|open-vraag|0.97
p:ze de|adviseren|-0.98
p:ze doet|bekritiseren|0.62
p:ze een|parafrase|-0.91
p:ze een|ondervragen|0.81
p:ze er|ik-boodschap|-0.88
p:ze gemaakt|etiketteren|-0.91
p:ze gewoon|interpreteren|1.88
p:ze gewoon|geruststellen|0.9
p:ze haar|geruststellen|-0.66
p:ze heeft|moraliseren|-0.9
p:ze heeft|bekritiseren|0.87
p:ze heeft|geruststellen|1.0
p:ze heeft|ondervragen|-0.96
p:ze het|adviseren|-0.98
p:ze het|interpreteren|-0.99
p:ze het|geruststellen|-0.88
p:ze hulp|prijzen|0.72
p:ze is|argumenteren|-0.63
p:ze is|bekritiseren|-1.67
p:ze morgen|open-vraag|-1.0
p:ze niet|ik-boodschap|1.85
p:ze niet|open-vraag|1.0
p:ze niet|afleiden|-0.98
p:ze nog|ik-boodschap|-0.96
p:ze nog|parafrase|-0.91
p:ze online|waarschuwen|-0.99
p:ze op|jij-boodschap|-0.6
p:ze op|moraliseren|0.94
p:ze op|bekritiseren|-1.23
p:ze op|geruststellen|-0.99
p:ze op|afleiden|0.99
p:ze op|bedanken|-0.95
p:ze prikkelbaar|bekritiseren|-0.96
p:ze schuift|bevelen|-0.62
p:ze slaapt|bekritiseren|-0.96
p:ze thuis|parafrase|0.98
p:ze thuis|bedanken|-0.95
p:ze tot|bekritiseren|0.97
p:ze uitgeschreven|afleiden|-0.98
p:ze vaak|ik-boodschap|-0.95
p:ze veel|ondervragen|0.81
p:ze vijf|argumenteren|0.75
p:ze voelt|samenvatting|0.95
p:ze voelt|bedanken|0.89
p:ze weer|gevoelsreflectie|-0.98
p:ze wil|samenvatting|-0.99
p:ze zich|parafrase|-0.85
p:ze zich|open-vraag|-0.97
p:ze zich|interpreteren|0.92
p:ze zich|vervolgafspraak|0.97
p:ze zo|ik-boodschap|1.0
p:ze zo|adviseren|1.0
p:ze zo|ondervragen|-0.95
p:zeg heeft|aanmoediging|-0.9
p:zeg heeft|afleiden|0.98
p:zeg je|interpreteren|0.82
p:zeg niet|ik-boodschap|-0.92
p:zeg niet|jij-boodschap|-0.99
p:zeg niet|bekritiseren|-0.99
p:zeg niet|geruststellen|0.95
p:zeg zin|bevelen|-0.99
p:zeggen dat|parafrase|0.84
p:zeggen dat|gevoelsreflectie|-0.83
p:zegt als|moraliseren|1.0
p:zegt als|argumenteren|-1.0
p:zegt als|interpreteren|-0.82
p:zegt dat|ik-boodschap|-0.97
p:zegt dat|samenvatting|-0.86
p:zegt dat|open-vraag|0.95
p:zegt dat|bevelen|-0.97
p:zegt dat|moraliseren|0.98
p:zegt dat|prijzen|-0.99
p:zegt dat|interpreteren|0.96
p:zegt dat|geruststellen|0.79
p:zegt dus|parafrase|0.95
p:zegt eigenlijk|gevoelsreflectie|-0.96
p:zegt eigenlijk|interpreteren|-0.96
p:zegt eigenlijk|bedanken|-0.75
p:zegt en|vervolgafspraak|-0.92
p:zegt hij|parafrase|0.92
p:zegt hij|samenvatting|-0.92
p:zegt in|open-vraag|-1.0
p:zegt meer|interpreteren|0.94
p:zegt u|parafrase|-0.91
p:zegt u|aanmoediging|1.73
p:zegt u|bekritiseren|-1.44
p:zegt u|interpreteren|-0.96
p:zegt weinig|aanmoediging|-0.76
p:zegt yusuf|open-vraag|-0.95
p:zei dat|interpreteren|-0.99
p:zei u|parafrase|-1.0
p:zei ze|afleiden|-0.95
p:zeker dat|geruststellen|0.99
p:zeker mee|prijzen|0.97
p:zeker vertelt|gevoelsreflectie|-0.85
p:zelf ?|parafrase|-1.0
p:zelf ?|ondervragen|-1.0
p:zelf begint|interpreteren|0.96
p:zelf doet|jij-boodschap|0.95
p:zelf doet|samenvatting|-0.95
p:zelf doet|bekritiseren|1.83
p:zelf gepest|interpreteren|0.96
p:zelf je|bevelen|1.33
p:zelf je|vervolgafspraak|-1.63
p:zelf laten|adviseren|0.92
p:zelf nooit|bekritiseren|0.96
p:zelf ook|bekritiseren|-0.95
p:zelf ook|bedanken|0.74
p:zelf over|gevoelsreflectie|-1.0
p:zelf plannen|ondervragen|-0.82
p:zelf praten|parafrase|1.0
p:zelf praten|samenvatting|-1.0
p:zelf praten|prijzen|-1.0
p:zelf steeds|jij-boodschap|0.81
p:zelf steeds|bekritiseren|-0.99
p:zelf thuis|bedanken|-0.95
p:zelf van|aanmoediging|-1.0
p:zelf ziet|open-vraag|0.94
p:zenuwachtig bent|geruststellen|0.9
p:zenuwachtig van|ik-boodschap|-1.0
p:zes toetsen|argumenteren|0.75
p:zes weken|afleiden|-0.97
p:zet dat|bevelen|1.0
p:zet dat|interpreteren|-1.0
p:zet de|samenvatting|1.0
p:zet een|adviseren|0.81
p:zet het|adviseren|-0.83
p:zet hij|waarschuwen|-0.96
p:zet ik|waarschuwen|0.95
p:zet ik|vervolgafspraak|0.97
p:zet je|bekritiseren|-0.84
p:zet u|adviseren|1.0
p:zet zich|bekritiseren|0.94
p:zetten over|vervolgafspraak|-0.92
p:zeurpiet zeg|etiketteren|0.87
p:zich aan|bekritiseren|-0.62
p:zich buitengesloten|parafrase|-0.92
p:zich buitengesloten|samenvatting|0.9
p:zich daar|gevoelsreflectie|0.88
p:zich daardoor|samenvatting|0.95
p:zich daardoor|bedanken|0.89
p:zich de|open-vraag|-0.97
p:zich de|vervolgafspraak|0.97
p:zich echt|open-vraag|0.69
p:zich eigenlijk|bekritiseren|-0.98
p:zich eigenlijk|interpreteren|0.96
p:zich er|jij-boodschap|0.89
p:zich er|bekritiseren|0.89
p:zich genegeerd|samenvatting|-0.9
p:zich gewoon|interpreteren|0.99
p:zich grote|vervolgafspraak|-0.91
p:zich heeft|ik-boodschap|-0.95
p:zich heeft|open-vraag|-1.0
p:zich heeft|bevelen|0.89
p:zich heeft|moraliseren|-0.98
p:zich helemaal|jij-boodschap|0.73
p:zich helemaal|bekritiseren|0.94
p:zich het|open-vraag|1.0
p:zich in|gevoelsreflectie|0.99
p:zich maar|gevoelsreflectie|-0.96
p:zich nergens|bekritiseren|0.48
p:zich nergens|etiketteren|-0.99
p:zich niet|jij-boodschap|-0.71
p:zich niet|parafrase|0.91
p:zich niet|gevoelsreflectie|0.96
p:zich niet|samenvatting|-0.96
p:zich niet|bekritiseren|-1.79
p:zich nou|geruststellen|1.0
p:zich ongerust|parafrase|-0.98
p:zich ongerust|open-vraag|-0.63
p:zich ongerust|bedanken|-0.98
p:zich op|parafrase|0.88
p:zich overal|gevoelsreflectie|-0.86
p:zich overal|bekritiseren|0.77
p:zich schuldig|prijzen|-0.99
p:zich schuldig|interpreteren|0.99
p:zich schuldig|ondervragen|-0.99
p:zich terug|parafrase|-0.85
p:zich thuis|interpreteren|0.92
p:zich vanaf|bevelen|0.47
p:zich veel|bekritiseren|0.96
p:zich veilig|gevoelsreflectie|-0.87
p:zich verveelt|interpreteren|-0.94
p:zich voelt|ik-boodschap|-1.0
p:zich voelt|parafrase|-1.0
p:zich voelt|samenvatting|1.0
p:zich voelt|open-vraag|-1.0
p:zich voelt|bevelen|-1.0
p:zich voelt|interpreteren|-1.0
p:zich vreselijk|bekritiseren|1.81
p:zich zorgen|gevoelsreflectie|0.92
p:zich zorgen|aanmoediging|-0.86
p:zich zorgen|adviseren|0.91
p:zich zorgen|geruststellen|-0.99
p:zie alleen|ik-boodschap|-0.92
p:zie dat|ik-boodschap|1.92
p:zie dat|jij-boodschap|-0.75
p:zie dat|parafrase|-0.9
p:zie dat|gevoelsreflectie|0.33
p:zie dat|open-vraag|0.23
p:zie dat|adviseren|1.83
p:zie dat|bedanken|0.98
p:zie ik|gevoelsreflectie|0.95
p:zie ik|samenvatting|-1.95
p:zie ik|bekritiseren|-2.73
p:zie ik|geruststellen|-0.99
p:zie ik|afleiden|-0.97
p:zie ik|afronding-aankondigen|0.95
p:zie ik|vervolgafspraak|1.81
p:zie ik|bedanken|0.55
p:zie je|bedanken|-1.0
p:zie jij|parafrase|-1.0
p:zie jij|ondervragen|-1.0
p:zie neem|bevelen|0.52
p:zie neem|waarschuwen|0.99
p:zie omar|adviseren|-0.96
p:ziekmelding pas|ik-boodschap|0.92
p:ziekmelding pas|waarschuwen|-0.92
p:ziekmelding pas|adviseren|-0.92
p:ziekte voor|samenvatting|0.96
p:ziekte voor|vervolgafspraak|0.96
p:zien dat|ik-boodschap|0.93
p:zien dat|open-vraag|-0.97
p:zien elkaar|parafrase|-0.99
p:zien hoe|ik-boodschap|0.86
p:zien wat|ik-boodschap|0.98
p:zien we|afronding-aankondigen|-0.94
p:zien wel|prijzen|-0.98
p:ziet een|vervolgafspraak|-0.87
p:ziet het|argumenteren|0.99
p:ziet iedereen|bekritiseren|-1.67
p:ziet u|open-vraag|0.97
p:ziet u|prijzen|1.7
p:ziet vast|argumenteren|-0.95
p:ziet vast|geruststellen|-0.86
p:zij heeft|bekritiseren|-0.67
p:zij neemt|gevoelsreflectie|-1.0
p:zij neemt|bevelen|-1.0
p:zij neemt|afronding-aankondigen|-1.0
p:zij probeert|jij-boodschap|-0.75
p:zij spijbelt|jij-boodschap|0.71
p:zij spijbelt|bekritiseren|0.86
p:zij spijbelt|geruststellen|-0.99
p:zij zich|samenvatting|-0.96
p:zijn als|open-vraag|0.96
p:zijn als|bekritiseren|-1.71
p:zijn boeken|moraliseren|-0.98
p:zijn boeken|geruststellen|0.94
p:zijn boeken|ondervragen|-0.95
p:zijn broertje|adviseren|0.81
p:zijn broertje|afleiden|-0.87
p:zijn cijfers|ik-boodschap|-1.0
p:zijn cijfers|parafrase|-1.0
p:zijn cijfers|gevoelsreflectie|-0.92
p:zijn cijfers|open-vraag|-1.0
p:zijn cijfers|aanmoediging|-0.86
p:zijn cijfers|bevelen|-1.0
p:zijn cijfers|afleiden|-1.94
p:zijn daden|moraliseren|0.91
p:zijn diploma|waarschuwen|0.94
p:zijn dit|gevoelsreflectie|-0.92
p:zijn duidelijk|waarschuwen|-0.99
p:zijn duidelijk|moraliseren|0.9
p:zijn duidelijk|argumenteren|0.99
p:zijn echt|bekritiseren|-0.99
p:zijn echt|etiketteren|0.99
p:zijn er|jij-boodschap|-0.94
p:zijn er|geruststellen|-0.93
p:zijn er|afleiden|0.93
p:zijn erg|bekritiseren|0.35
p:zijn examen|open-vraag|-0.95
p:zijn excursieformulier|ik-boodschap|0.99
p:zijn gang|bevelen|-0.91
p:zijn gang|bekritiseren|-0.44
p:zijn gedrag|bevelen|0.99
p:zijn gedrag|geruststellen|-0.95
p:zijn gemiddelde|ik-boodschap|0.94
p:zijn gemiddelde|jij-boodschap|-0.43
p:zijn gemiddelde|bekritiseren|-0.94
p:zijn geweest|gevoelsreflectie|1.77
p:zijn geweest|open-vraag|-0.99
p:zijn gymkleren|bevelen|0.95
p:zijn hoe|gevoelsreflectie|0.71
p:zijn hoofd|gevoelsreflectie|-0.79
p:zijn hoor|geruststellen|0.97
p:zijn huiswerk|ik-boodschap|0.93
p:zijn huiswerk|parafrase|-0.9
p:zijn huiswerk|open-vraag|0.98
p:zijn huiswerk|waarschuwen|1.0
p:zijn huiswerk|bekritiseren|0.93
p:zijn huiswerk|prijzen|-1.0
p:zijn huiswerk|etiketteren|-0.95
p:zijn huiswerk|ondervragen|0.95
p:zijn huiswerk|vervolgafspraak|1.83
p:zijn kind|moraliseren|0.96
p:zijn klasgenoot|ik-boodschap|0.86
p:zijn laars|jij-boodschap|0.97
p:zijn leeftijd|bevelen|-0.94
p:zijn leeftijd|geruststellen|0.94
p:zijn mentor|etiketteren|-0.95
p:zijn motivatie|ik-boodschap|-0.81
p:zijn nieuwe|interpreteren|1.0
p:zijn om|waarschuwen|-1.0
p:zijn ook|prijzen|-0.81
p:zijn oortjes|open-vraag|-0.88
p:zijn opdrachten|ik-boodschap|0.93
p:zijn opdrachten|interpreteren|-0.93
p:zijn overgang|gevoelsreflectie|0.92
p:zijn planner|ik-boodschap|0.98
p:zijn planner|vervolgafspraak|-0.98
p:zijn planning|bedanken|0.47
p:zijn plek|waarschuwen|0.91
p:zijn pootjes|geruststellen|0.77
p:zijn regels|argumenteren|0.65
p:zijn resultaten|moraliseren|-0.91
p:zijn rooster|ik-boodschap|0.93
p:zijn slaap|samenvatting|0.93
p:zijn slechte|adviseren|-0.83
p:zijn tegen|geruststellen|-0.89
p:zijn telefoon|open-vraag|0.96
p:zijn telefoon|bevelen|-0.47
p:zijn telefoon|waarschuwen|0.97
p:zijn u|bekritiseren|0.96
p:zijn vader|samenvatting|-1.0
p:zijn vader|waarschuwen|-0.96
p:zijn vader|geruststellen|-1.0
p:zijn vel|jij-boodschap|-0.92
p:zijn vel|moraliseren|-0.96
p:zijn verjaardag|argumenteren|-1.0
p:zijn verzuim|samenvatting|0.96
p:zijn verzuim|vervolgafspraak|0.96
p:zijn voldoende|argumenteren|-0.96
p:zijn vrienden|aanmoediging|-0.86
p:zijn werk|interpreteren|-0.96
p:zijn werkmap|gevoelsreflectie|-0.59
p:zijn ze|ik-boodschap|-1.0
p:zijn ze|geruststellen|1.0
p:zijn zorgpunten|argumenteren|-0.96
p:zijn zus|ik-boodschap|-0.91
p:zijn zus|waarschuwen|-1.0
p:zijn zus|afleiden|1.0
p:zin afmaken|bevelen|1.0
p:zin hebt|interpreteren|0.82
p:zin in|jij-boodschap|1.72
p:zin in|bekritiseren|0.92
p:zin in|interpreteren|-1.81
p:zin in|ondervragen|-0.96
p:zin meer|open-vraag|1.0
p:zin te|jij-boodschap|-0.75
p:zin voor|bevelen|-0.99
p:zin wil|adviseren|-0.98
p:zit al|ik-boodschap|-0.94
p:zit al|waarschuwen|-0.94
p:zit alleen|interpreteren|-0.99
p:zit altijd|bekritiseren|0.14
p:zit de|jij-boodschap|0.43
p:zit de|bevelen|0.94
p:zit de|argumenteren|-0.99
p:zit de|bekritiseren|0.65
p:zit de|vervolgafspraak|0.92
p:zit elke|ik-boodschap|0.93
p:zit er|argumenteren|0.75
p:zit er|afronding-aankondigen|-0.94
p:zit erop|aanmoediging|-0.64
p:zit erop|bedanken|-0.95
p:zit gewoon|moraliseren|-0.96
p:zit het|interpreteren|0.98
p:zit hier|jij-boodschap|1.75
p:zit hier|samenvatting|-0.98
p:zit hier|bevelen|-0.98
p:zit hier|bekritiseren|1.52
p:zit hier|etiketteren|-0.98
p:zit hij|jij-boodschap|-0.97
p:zit hij|open-vraag|-0.99
p:zit hij|waarschuwen|0.96
p:zit in|jij-boodschap|-0.87
p:zit in|open-vraag|0.97
p:zit in|bekritiseren|-0.11
p:zit in|vervolgafspraak|-1.0
p:zit je|bevelen|-0.73
p:zit je|waarschuwen|-0.94
p:zit kan|open-vraag|0.96
p:zit kom|ik-boodschap|0.97
p:zit me|ik-boodschap|0.91
p:zit me|open-vraag|-1.0
p:zit me|argumenteren|-0.91
p:zit merk|ik-boodschap|0.93
p:zit merk|interpreteren|-0.93
p:zit naast|jij-boodschap|-0.76
p:zit steeds|jij-boodschap|-0.92
p:zit te|jij-boodschap|0.83
p:zit te|bekritiseren|0.83
p:zitten ?|bevelen|-0.94
p:zitten aan|bevelen|-0.46
p:zitten amir|open-vraag|0.99
p:zitten anders|ik-boodschap|-1.0
p:zitten anders|waarschuwen|1.0
p:zitten daardoor|ik-boodschap|0.88
p:zitten daardoor|gevoelsreflectie|-0.88
p:zitten dat|geruststellen|0.91
p:zitten en|parafrase|-0.99
p:zitten en|moraliseren|-0.99
p:zitten en|afronding-aankondigen|-0.99
p:zitten je|bevelen|-1.42
p:zitten of|aanmoediging|-0.99
p:zitten of|waarschuwen|0.99
p:zitten snap|geruststellen|0.97
p:zitten we|samenvatting|0.96
p:zitten we|vervolgafspraak|1.93
p:zo ?|bekritiseren|-0.97
p:zo aan|moraliseren|0.86
p:zo aan|etiketteren|0.89
p:zo aan|afleiden|-0.97
p:zo babyachtig|etiketteren|1.76
p:zo begripvol|moraliseren|-1.0
p:zo begripvol|bekritiseren|-1.0
p:zo blijft|parafrase|-0.99
p:zo blijft|bedanken|-0.99
p:zo boos|interpreteren|0.99
p:zo boos|ondervragen|-0.99
p:zo dat|moraliseren|1.0
p:zo dat|argumenteren|-1.0
p:zo dat|interpreteren|-0.82
p:zo doorgaat|jij-boodschap|0.97
p:zo doorgaat|waarschuwen|1.01
p:zo doorgaat|bekritiseren|1.2
p:zo doorgaat|prijzen|-0.73
p:zo dramatisch|moraliseren|-0.93
p:zo dramatisch|geruststellen|0.89
p:zo eerlijk|ik-boodschap|-0.97
p:zo eerlijk|gevoelsreflectie|-0.97
p:zo eerlijk|afronding-aankondigen|-0.99
p:zo en|ondervragen|-0.77
p:zo erg|etiketteren|-0.96
p:zo erg|geruststellen|0.72
p:zo erg|afleiden|0.19
p:zo gaat|bevelen|-0.92
p:zo gaat|argumenteren|-0.99
p:zo gaat|afleiden|0.99
p:zo gezien|bekritiseren|-0.49
p:zo goed|prijzen|1.83
p:zo goed|geruststellen|-0.99
p:zo haalt|geruststellen|-0.66
p:zo heftig|vervolgafspraak|-1.0
p:zo hoog|adviseren|-0.98
p:zo hoor|parafrase|0.91
p:zo hoort|moraliseren|0.96
p:zo hysterisch|bevelen|0.96
p:zo kan|ik-boodschap|-0.99
p:zo kan|interpreteren|-0.99
p:zo kritisch|prijzen|0.98
p:zo kunnen|afronding-aankondigen|0.97
p:zo lang|ondervragen|0.86
p:zo meedenkend|waarschuwen|-0.88
p:zo meedenkt|bekritiseren|-0.33
p:zo mist|ik-boodschap|0.98
p:zo moeilijk|prijzen|-0.81
p:zo negatief|bekritiseren|0.98
p:zo negatief|etiketteren|-0.83
p:zo ongeïnteresseerd|bekritiseren|0.53
p:zo ook|bevelen|-1.42
p:zo ook|prijzen|-0.96
p:zo open|bedanken|0.77
p:zo opstandig|interpreteren|0.92
p:zo overdreven|jij-boodschap|-1.79
p:zo overdreven|bevelen|-0.85
p:zo schieten|ik-boodschap|0.93
p:zo schieten|vervolgafspraak|-0.84
p:zo snel|bedanken|0.26
p:zo staat|ik-boodschap|-0.94
p:zo staat|samenvatting|-0.93
p:zo staat|argumenteren|0.67
p:zo sterk|interpreteren|0.96
p:zo stil|argumenteren|-1.0
p:zo stil|interpreteren|1.0
p:zo stil|ondervragen|-0.95
p:zo stoer|afleiden|-0.73
p:zo stoppen|etiketteren|-0.77
p:zo te|moraliseren|1.0
p:zo te|prijzen|1.0
p:zo te|interpreteren|-0.99
p:zo tegen|adviseren|-0.99
p:zo tegen|argumenteren|-0.94
p:zo tegen|prijzen|-0.99
p:zo uit|bekritiseren|0.28
p:zo volwassen|prijzen|0.99
p:zo want|interpreteren|-0.91
p:zo weer|geruststellen|0.98
p:zo weer|afleiden|-0.98
p:zo weinig|ik-boodschap|1.0
p:zo weinig|adviseren|1.0
p:zo werkt|argumenteren|0.96
p:zo werkt|geruststellen|-1.0
p:zo zielig|waarschuwen|-0.99
p:zo zwaar|moraliseren|-0.86
p:zo zwaar|interpreteren|-0.97
p:zo zwaar|afleiden|1.71
p:zo'n betrokken|gevoelsreflectie|-0.99
p:zo'n betrokken|bevelen|-0.99
p:zo'n betrokken|adviseren|0.99
p:zo'n betrokken|prijzen|0.99
p:zo'n betrokken|interpreteren|-0.93
p:zo'n betrokken|geruststellen|-0.86
p:zo'n hockeymoeder|etiketteren|0.99
p:zo'n mail|geruststellen|-0.91
p:zo'n mooi|etiketteren|-0.93
p:zo'n opmerking|waarschuwen|0.94
p:zo'n opmerking|bekritiseren|0.29
p:zo'n opmerking|interpreteren|-0.94
p:zo'n ouder|moraliseren|-0.96
p:zo'n ouder|prijzen|-0.82
p:zo'n ouder|etiketteren|0.96
p:zo'n reactie|jij-boodschap|-1.0
p:zo'n slimme|prijzen|0.96
p:zoekt daan|adviseren|-0.92
p:zoekt gewoon|bevelen|-0.91
p:zoekt hij|adviseren|0.93
p:zomer eigenlijk|open-vraag|-0.92
p:zomer eigenlijk|afleiden|0.8
p:zondag samen|adviseren|0.93
p:zonde want|ik-boodschap|0.98
p:zonder antwoord|bekritiseren|-0.99
p:zonder bericht|argumenteren|0.95
p:zonder bericht|etiketteren|-0.95
p:zonder boeken|ik-boodschap|1.0
p:zonder boeken|jij-boodschap|-1.0
p:zonder boeken|open-vraag|1.0
p:zonder boeken|bekritiseren|0.73
p:zonder briefje|parafrase|-0.91
p:zonder uitzondering|bevelen|1.0
p:zooi van|bekritiseren|0.99
p:zooi van|etiketteren|-0.99
p:zoon doet|bekritiseren|-2.64
p:zoon heeft|bekritiseren|0.83
p:zoon is|jij-boodschap|1.68
p:zoon is|moraliseren|-0.99
p:zoon is|bekritiseren|-0.99
p:zoon liegt|bekritiseren|0.68
p:zoon pest|samenvatting|-0.99
p:zoon pest|bekritiseren|0.85
p:zoon verpest|bekritiseren|0.38
p:zoon zet|bekritiseren|0.94
p:zoon zit|jij-boodschap|-0.76
p:zorg zei|parafrase|-1.0
p:zorgcoordinator of|ik-boodschap|-0.88
p:zorgcoördinator aan|vervolgafspraak|0.96
p:zorgcoördinator en|samenvatting|0.93
p:zorgcoördinator en|vervolgafspraak|0.93
p:zorgcoördinator niet|argumenteren|-0.76
p:zorgelijk wat|open-vraag|0.95
p:zorgen dat|open-vraag|-0.95
p:zorgen ervoor|bevelen|0.89
p:zorgen ervoor|moraliseren|-0.98
p:zorgen het|open-vraag|0.69
p:zorgen hoor|parafrase|-0.94
p:zorgen maakt|gevoelsreflectie|0.92
p:zorgen maakt|adviseren|0.91
p:zorgen maakt|geruststellen|-0.99
p:zorgen om|ik-boodschap|-0.99
p:zorgen om|vervolgafspraak|-0.91
p:zorgen omdat|ik-boodschap|1.0
p:zorgen omdat|adviseren|1.0
p:zorgen omdat|argumenteren|-0.97
p:zorgen omdat|interpreteren|-0.94
p:zorgen over|ik-boodschap|0.9
p:zorgen over|parafrase|-1.0
p:zorgen over|samenvatting|1.0
p:zorgen over|aanmoediging|-0.86
p:zorgen over|bevelen|-1.0
p:zorgen over|adviseren|-0.97
p:zorgen over|interpreteren|-1.0
p:zorgen over|afleiden|-0.99
p:zorgen sinds|open-vraag|0.97
p:zorgen te|waarschuwen|-0.81
p:zorgt u|open-vraag|-1.0
p:zorgt u|bevelen|0.95
p:zou als|adviseren|-0.93
p:zou eens|adviseren|0.86
p:zou hij|moraliseren|0.93
p:zou ik|waarschuwen|-0.97
p:zou ik|adviseren|2.78
p:zou ik|bekritiseren|0.85
p:zou ik|prijzen|0.92
p:zou ik|etiketteren|-1.0
p:zou in|adviseren|0.97
p:zou je|gevoelsreflectie|-0.86
p:zou je|open-vraag|0.95
p:zou jou|bekritiseren|-0.7
p:zou jou|prijzen|-1.0
p:zou u|gevoelsreflectie|0.85
p:zou u|waarschuwen|-0.99
p:zou zijn|waarschuwen|-1.0
p:zouden bellen|open-vraag|-0.99
p:zoveel grapjes|ik-boodschap|-0.93
p:zoveel grapjes|interpreteren|0.93
p:zoveel kinderen|geruststellen|0.94
p:zoveel verzuim|argumenteren|0.96
p:zoë in|ik-boodschap|0.71
p:zoë in|open-vraag|1.89
p:zoë te|parafrase|1.0
p:zoë te|gevoelsreflectie|-1.0
p:zulke ruzietjes|geruststellen|-0.99
p:zulke ruzietjes|afleiden|0.99
p:zullen we|samenvatting|-1.85
p:zullen we|aanmoediging|-1.0
p:zullen we|ondervragen|-1.0
p:zullen we|afleiden|0.92
p:zullen we|afronding-aankondigen|-1.0
p:zullen we|vervolgafspraak|1.91
p:zult dit|moraliseren|-1.0
p:zult dit|bekritiseren|-1.0
p:zult hem|bevelen|0.99
p:zus ?|waarschuwen|-1.0
p:zus ?|afleiden|1.0
p:zus in|ik-boodschap|-0.91
p:zwaar aan|moraliseren|-0.86
p:zwaar aan|interpreteren|-0.97
p:zwaar aan|afleiden|1.71
p:zwaar heeft|gevoelsreflectie|0.85
p:zwaar voor|ik-boodschap|0.99
p:zwaar ze|bekritiseren|-0.96
p:zwaarst ?|open-vraag|0.75
p:zwaarst ?|vervolgafspraak|-0.97
p:zwart op|argumenteren|0.95
p:één incident|waarschuwen|0.99
p:één keer|parafrase|-0.91
p:één keer|samenvatting|-0.93
p:één keer|bevelen|-0.95
p:één keer|adviseren|-0.99
p:één keer|bekritiseren|-0.84
p:één keer|prijzen|-0.99
p:één maand|ik-boodschap|0.71
p:één maand|open-vraag|0.92
regel:aanmoediging|parafrase|-1.91
regel:aanmoediging|gevoelsreflectie|-2.8
regel:aanmoediging|samenvatting|-0.97
regel:aanmoediging|open-vraag|-1.93
regel:aanmoediging|aanmoediging|8.48
regel:aanmoediging|bevelen|-0.97
regel:aanmoediging|waarschuwen|-1.0
regel:aanmoediging|etiketteren|-1.94
regel:aanmoediging|ondervragen|-0.97
regel:adviseren|ik-boodschap|0.11
regel:adviseren|jij-boodschap|-0.96
regel:adviseren|gevoelsreflectie|0.83
regel:adviseren|bevelen|-1.94
regel:adviseren|waarschuwen|-1.97
regel:adviseren|moraliseren|-0.98
regel:adviseren|adviseren|16.26
regel:adviseren|argumenteren|-0.99
regel:adviseren|bekritiseren|-0.28
regel:adviseren|etiketteren|-1.93
regel:adviseren|interpreteren|-0.94
regel:adviseren|geruststellen|-0.97
regel:adviseren|ondervragen|-2.77
regel:adviseren|afleiden|-1.93
regel:afleiden|ik-boodschap|-0.91
regel:afleiden|jij-boodschap|-0.96
regel:afleiden|aanmoediging|-0.9
regel:afleiden|bevelen|-1.79
regel:afleiden|waarschuwen|-1.0
regel:afleiden|moraliseren|-1.94
regel:afleiden|argumenteren|-2.89
regel:afleiden|bekritiseren|-2.5
regel:afleiden|prijzen|-0.98
regel:afleiden|etiketteren|-0.96
regel:afleiden|interpreteren|-0.91
regel:afleiden|geruststellen|-0.79
regel:afleiden|ondervragen|-1.73
regel:afleiden|afleiden|15.08
regel:afleiden|afronding-aankondigen|-0.93
regel:afronding-aankondigen|samenvatting|-0.98
regel:afronding-aankondigen|aanmoediging|-0.64
regel:afronding-aankondigen|bevelen|-1.46
regel:afronding-aankondigen|moraliseren|-0.85
regel:afronding-aankondigen|prijzen|-0.83
regel:afronding-aankondigen|etiketteren|-0.77
regel:afronding-aankondigen|interpreteren|-0.92
regel:afronding-aankondigen|geruststellen|-1.0
regel:afronding-aankondigen|afleiden|-0.49
regel:afronding-aankondigen|afronding-aankondigen|9.7
regel:afronding-aankondigen|vervolgafspraak|-4.83
regel:afronding-aankondigen|bedanken|-1.85
regel:argumenteren|ik-boodschap|-1.03
regel:argumenteren|jij-boodschap|-1.95
regel:argumenteren|parafrase|-1.0
regel:argumenteren|gevoelsreflectie|-1.0
regel:argumenteren|samenvatting|-1.0
regel:argumenteren|open-vraag|-1.0
regel:argumenteren|aanmoediging|-1.0
regel:argumenteren|bevelen|-0.98
regel:argumenteren|waarschuwen|-2.89
regel:argumenteren|moraliseren|-0.95
regel:argumenteren|adviseren|-1.91
regel:argumenteren|argumenteren|14.7
regel:argumenteren|bekritiseren|-1.26
regel:argumenteren|prijzen|-1.0
regel:argumenteren|etiketteren|-1.0
regel:argumenteren|interpreteren|-1.91
regel:argumenteren|geruststellen|-2.8
regel:argumenteren|ondervragen|-1.0
regel:argumenteren|afleiden|-3.75
regel:argumenteren|afronding-aankondigen|-1.0
regel:argumenteren|vervolgafspraak|-1.0
regel:argumenteren|bedanken|-1.0
regel:bedanken|ik-boodschap|-0.97
regel:bedanken|jij-boodschap|-1.0
regel:bedanken|gevoelsreflectie|-0.97
regel:bedanken|samenvatting|-0.98
regel:bedanken|waarschuwen|-0.92
regel:bedanken|adviseren|-0.97
regel:bedanken|argumenteren|-1.0
regel:bedanken|bekritiseren|-0.11
regel:bedanken|prijzen|-1.8
regel:bedanken|interpreteren|-1.0
regel:bedanken|afronding-aankondigen|-1.98
regel:bedanken|vervolgafspraak|-1.03
regel:bedanken|bedanken|10.39
regel:bekritiseren|jij-boodschap|3.1
regel:bekritiseren|parafrase|-0.91
regel:bekritiseren|gevoelsreflectie|-2.77
regel:bekritiseren|samenvatting|-0.99
regel:bekritiseren|bevelen|-1.05
regel:bekritiseren|waarschuwen|-0.98
regel:bekritiseren|moraliseren|-1.88
regel:bekritiseren|adviseren|-1.99
regel:bekritiseren|argumenteren|-1.77
regel:bekritiseren|bekritiseren|16.4
regel:bekritiseren|prijzen|-1.0
regel:bekritiseren|etiketteren|-4.79
regel:bekritiseren|interpreteren|-1.93
regel:bekritiseren|geruststellen|-4.85
regel:bekritiseren|ondervragen|-1.85
regel:bekritiseren|afleiden|-0.99
regel:bekritiseren|bedanken|-0.98
regel:bevelen|ik-boodschap|-1.52
regel:bevelen|jij-boodschap|-0.22
regel:bevelen|samenvatting|-0.98
regel:bevelen|open-vraag|-1.0
regel:bevelen|bevelen|14.54
regel:bevelen|waarschuwen|-1.85
regel:bevelen|moraliseren|-1.98
regel:bevelen|adviseren|-1.9
regel:bevelen|argumenteren|-0.82
regel:bevelen|bekritiseren|-1.35
regel:bevelen|interpreteren|-1.98
regel:bevelen|geruststellen|-1.96
regel:bevelen|afleiden|-0.97
regel:bevelen|vervolgafspraak|-0.97
regel:bevelen|bedanken|-0.99
regel:etiketteren|jij-boodschap|1.1
regel:etiketteren|bevelen|0.11
regel:etiketteren|waarschuwen|-0.99
regel:etiketteren|moraliseren|-1.92
regel:etiketteren|argumenteren|-0.98
regel:etiketteren|bekritiseren|-4.53
regel:etiketteren|prijzen|-1.8
regel:etiketteren|etiketteren|12.39
regel:etiketteren|interpreteren|-1.0
regel:etiketteren|afleiden|-1.83
regel:geen|ik-boodschap|-5.78
regel:geen|jij-boodschap|0.13
regel:geen|parafrase|-2.9
regel:geen|gevoelsreflectie|0.18
regel:geen|samenvatting|-1.93
regel:geen|open-vraag|-1.0
regel:geen|aanmoediging|0.74
regel:geen|bevelen|-1.18
regel:geen|moraliseren|-0.93
regel:geen|adviseren|-0.99
regel:geen|argumenteren|-3.07
regel:geen|bekritiseren|-0.26
regel:geen|prijzen|-0.25
regel:geen|etiketteren|0.69
regel:geen|interpreteren|-2.0
regel:geen|ondervragen|-1.98
regel:geen|afleiden|-0.19
regel:geen|afronding-aankondigen|-2.01
regel:geen|vervolgafspraak|-1.05
regel:geen|bedanken|-2.66
regel:geruststellen|ik-boodschap|-1.99
regel:geruststellen|jij-boodschap|0.71
regel:geruststellen|parafrase|-0.94
regel:geruststellen|open-vraag|0.69
regel:geruststellen|bevelen|-1.89
regel:geruststellen|waarschuwen|-0.81
regel:geruststellen|moraliseren|-2.77
regel:geruststellen|adviseren|-0.92
regel:geruststellen|argumenteren|-1.62
regel:geruststellen|bekritiseren|-2.41
regel:geruststellen|prijzen|-0.92
regel:geruststellen|etiketteren|-0.98
regel:geruststellen|interpreteren|-0.85
regel:geruststellen|geruststellen|17.84
regel:geruststellen|afleiden|-1.97
regel:geruststellen|afronding-aankondigen|-1.0
regel:gevoelsreflectie|ik-boodschap|0.91
regel:gevoelsreflectie|jij-boodschap|-0.75
regel:gevoelsreflectie|parafrase|-1.98
regel:gevoelsreflectie|gevoelsreflectie|16.53
regel:gevoelsreflectie|samenvatting|-1.03
regel:gevoelsreflectie|open-vraag|-3.3
regel:gevoelsreflectie|aanmoediging|-2.93
regel:gevoelsreflectie|bevelen|0.97
regel:gevoelsreflectie|adviseren|0.88
regel:gevoelsreflectie|argumenteren|-0.57
regel:gevoelsreflectie|bekritiseren|0.25
regel:gevoelsreflectie|prijzen|-0.91
regel:gevoelsreflectie|geruststellen|-0.86
regel:gevoelsreflectie|ondervragen|0.95
regel:gevoelsreflectie|afleiden|0.14
regel:ik-boodschap|ik-boodschap|7.6
regel:ik-boodschap|jij-boodschap|-1.0
regel:ik-boodschap|parafrase|-1.89
regel:ik-boodschap|gevoelsreflectie|-0.96
regel:ik-boodschap|samenvatting|-1.96
regel:ik-boodschap|open-vraag|0.68
regel:ik-boodschap|aanmoediging|-0.97
regel:ik-boodschap|bevelen|-0.97
regel:ik-boodschap|waarschuwen|-1.94
regel:ik-boodschap|moraliseren|-1.0
regel:ik-boodschap|adviseren|-1.97
regel:ik-boodschap|argumenteren|-0.97
regel:ik-boodschap|bekritiseren|-1.0
regel:ik-boodschap|prijzen|-0.84
regel:ik-boodschap|interpreteren|-0.94
regel:ik-boodschap|geruststellen|-0.88
regel:ik-boodschap|afronding-aankondigen|-0.94
regel:ik-boodschap|vervolgafspraak|-1.02
regel:ik-boodschap|bedanken|-0.64
regel:interpreteren|bevelen|-0.91
regel:interpreteren|moraliseren|-1.82
regel:interpreteren|adviseren|-0.97
regel:interpreteren|argumenteren|-1.95
regel:interpreteren|bekritiseren|-1.15
regel:interpreteren|prijzen|-0.99
regel:interpreteren|interpreteren|13.36
regel:interpreteren|geruststellen|-0.95
regel:interpreteren|ondervragen|-0.99
regel:interpreteren|vervolgafspraak|-1.0
regel:jij-boodschap|jij-boodschap|8.74
regel:jij-boodschap|parafrase|-0.91
regel:jij-boodschap|gevoelsreflectie|-2.77
regel:jij-boodschap|samenvatting|-0.99
regel:jij-boodschap|bevelen|-1.05
regel:jij-boodschap|waarschuwen|-0.98
regel:jij-boodschap|moraliseren|-1.92
regel:jij-boodschap|adviseren|-0.99
regel:jij-boodschap|argumenteren|-0.99
regel:jij-boodschap|bekritiseren|3.24
regel:jij-boodschap|prijzen|-2.8
regel:jij-boodschap|etiketteren|2.03
regel:jij-boodschap|interpreteren|-1.98
regel:jij-boodschap|geruststellen|-1.99
regel:jij-boodschap|ondervragen|-1.85
regel:jij-boodschap|bedanken|-0.98
regel:moraliseren|jij-boodschap|-1.6
regel:moraliseren|bevelen|-2.8
regel:moraliseren|waarschuwen|-0.98
regel:moraliseren|moraliseren|13.39
regel:moraliseren|adviseren|-3.88
regel:moraliseren|argumenteren|-2.2
regel:moraliseren|etiketteren|-0.99
regel:moraliseren|interpreteren|-1.79
regel:moraliseren|geruststellen|-1.89
regel:ondervragen|ik-boodschap|-1.0
regel:ondervragen|open-vraag|-1.97
regel:ondervragen|bevelen|-0.73
regel:ondervragen|waarschuwen|-0.94
regel:ondervragen|adviseren|-0.99
regel:ondervragen|bekritiseren|-0.82
regel:ondervragen|interpreteren|-1.0
regel:ondervragen|geruststellen|-0.94
regel:ondervragen|ondervragen|9.45
regel:ondervragen|afleiden|-1.92
regel:ondervragen|vervolgafspraak|-1.0
regel:open-vraag|ik-boodschap|1.96
regel:open-vraag|jij-boodschap|-2.65
regel:open-vraag|parafrase|-2.82
regel:open-vraag|gevoelsreflectie|-2.96
regel:open-vraag|samenvatting|-0.79
regel:open-vraag|open-vraag|15.97
regel:open-vraag|aanmoediging|-1.0
regel:open-vraag|moraliseren|-1.0
regel:open-vraag|adviseren|-1.0
regel:open-vraag|bekritiseren|-3.49
regel:open-vraag|prijzen|-1.0
regel:open-vraag|etiketteren|-1.0
regel:open-vraag|ondervragen|-2.93
regel:open-vraag|afleiden|-0.13
regel:open-vraag|vervolgafspraak|-1.84
regel:open-vraag|bedanken|-1.0
regel:parafrase|ik-boodschap|-2.8
regel:parafrase|parafrase|14.39
regel:parafrase|gevoelsreflectie|-2.53
regel:parafrase|samenvatting|-3.82
regel:parafrase|open-vraag|-1.96
regel:parafrase|aanmoediging|-0.96
regel:parafrase|waarschuwen|-0.99
regel:parafrase|adviseren|-0.99
regel:parafrase|argumenteren|-1.0
regel:parafrase|prijzen|-1.0
regel:parafrase|interpreteren|-0.99
regel:parafrase|geruststellen|-1.06
regel:parafrase|afleiden|-1.9
regel:parafrase|vervolgafspraak|-0.98
regel:parafrase|bedanken|-1.75
regel:prijzen|jij-boodschap|-1.81
regel:prijzen|gevoelsreflectie|-0.99
regel:prijzen|samenvatting|-1.0
regel:prijzen|bevelen|-1.96
regel:prijzen|waarschuwen|-1.88
regel:prijzen|moraliseren|-0.81
regel:prijzen|adviseren|-0.65
regel:prijzen|argumenteren|-0.95
regel:prijzen|bekritiseren|-1.33
regel:prijzen|prijzen|9.47
regel:prijzen|etiketteren|-2.61
regel:prijzen|interpreteren|-0.93
regel:prijzen|geruststellen|-1.85
regel:prijzen|ondervragen|-0.98
regel:prijzen|afleiden|-0.99
regel:samenvatting|ik-boodschap|-2.8
regel:samenvatting|jij-boodschap|-0.1
regel:samenvatting|parafrase|-3.76
regel:samenvatting|gevoelsreflectie|-1.88
regel:samenvatting|samenvatting|11.46
regel:samenvatting|open-vraag|-1.92
regel:samenvatting|aanmoediging|-2.6
regel:samenvatting|bevelen|-1.98
regel:samenvatting|waarschuwen|-0.96
regel:samenvatting|moraliseren|-0.99
regel:samenvatting|adviseren|-0.83
regel:samenvatting|argumenteren|-0.96
regel:samenvatting|interpreteren|-1.0
regel:samenvatting|geruststellen|-0.93
regel:samenvatting|afronding-aankondigen|-0.98
regel:samenvatting|bedanken|1.4
regel:vervolgafspraak|ik-boodschap|-1.88
regel:vervolgafspraak|jij-boodschap|-0.94
regel:vervolgafspraak|parafrase|-0.99
regel:vervolgafspraak|gevoelsreflectie|-0.24
regel:vervolgafspraak|samenvatting|-0.8
regel:vervolgafspraak|open-vraag|-2.97
regel:vervolgafspraak|aanmoediging|-1.0
regel:vervolgafspraak|bevelen|0.81
regel:vervolgafspraak|adviseren|-0.94
regel:vervolgafspraak|geruststellen|-1.0
regel:vervolgafspraak|ondervragen|-1.0
regel:vervolgafspraak|afleiden|-0.97
regel:vervolgafspraak|afronding-aankondigen|-2.78
regel:vervolgafspraak|vervolgafspraak|10.84
regel:vervolgafspraak|bedanken|-3.22
regel:waarschuwen|ik-boodschap|-0.94
regel:waarschuwen|jij-boodschap|0.97
regel:waarschuwen|parafrase|-1.9
regel:waarschuwen|samenvatting|-1.88
regel:waarschuwen|bevelen|-0.12
regel:waarschuwen|waarschuwen|14.41
regel:waarschuwen|moraliseren|-1.02
regel:waarschuwen|adviseren|-2.91
regel:waarschuwen|argumenteren|-0.95
regel:waarschuwen|bekritiseren|-0.88
regel:waarschuwen|prijzen|-2.72
regel:waarschuwen|etiketteren|-1.0
regel:waarschuwen|interpreteren|-0.99
regel:waarschuwen|geruststellen|-2.62
regel:waarschuwen|ondervragen|-1.0
regel:waarschuwen|afleiden|-0.98
regel:waarschuwen|bedanken|-0.99
vraag|ik-boodschap|-1.55
vraag|jij-boodschap|-0.19
vraag|parafrase|-0.98
vraag|gevoelsreflectie|-1.12
vraag|samenvatting|-3.58
vraag|open-vraag|3.66
vraag|aanmoediging|-1.19
vraag|bevelen|-0.86
vraag|waarschuwen|-1.94
vraag|moraliseren|-2.0
vraag|adviseren|0.97
vraag|argumenteren|-2.73
vraag|bekritiseren|-0.96
vraag|prijzen|-1.15
vraag|etiketteren|-1.0
vraag|interpreteren|-1.0
vraag|geruststellen|-1.02
vraag|ondervragen|-0.84
vraag|afleiden|1.23
vraag|afronding-aankondigen|-1.0
vraag|vervolgafspraak|0.12
vraag|bedanken|-1.0
w:!|jij-boodschap|-1.0
w:!|bekritiseren|-1.0
w:!|etiketteren|-0.91
w:!|afronding-aankondigen|-1.0
w:!|bedanken|1.0
w:'s|ik-boodschap|1.95
w:'s|jij-boodschap|0.83
w:'s|bevelen|-0.73
w:'s|waarschuwen|-0.94
w:'s|adviseren|0.93
w:'s|bekritiseren|0.83
w:'s|afleiden|-1.0
w:1|argumenteren|-0.27
w:12|argumenteren|0.64
w:14|samenvatting|0.93
w:14|vervolgafspraak|1.88
w:2|jij-boodschap|-0.95
w:2|bekritiseren|-0.95
w:2b|jij-boodschap|-0.87
w:2b|bekritiseren|-0.11
w:2b|vervolgafspraak|-1.0
w:3|parafrase|-0.99
w:4|ik-boodschap|0.71
w:4|jij-boodschap|-0.95
w:4|gevoelsreflectie|0.94
w:4|open-vraag|0.92
w:4|argumenteren|1.19
w:4|bekritiseren|-0.95
w:4|geruststellen|-1.79
w:4|afleiden|-0.95
w:5|jij-boodschap|-0.95
w:5|argumenteren|0.29
w:5|bekritiseren|-0.95
w:6|samenvatting|-0.86
w:7|ik-boodschap|0.71
w:7|open-vraag|0.92
w:7|argumenteren|-0.92
w:7|prijzen|0.96
w:8|ik-boodschap|-0.91
w:8|parafrase|-0.99
w:8|samenvatting|-0.86
w:8|argumenteren|0.98
w:9|jij-boodschap|-0.95
w:9|argumenteren|0.95
w:9|bekritiseren|-0.95
w:?|ik-boodschap|-3.62
w:?|jij-boodschap|-0.19
w:?|parafrase|-0.98
w:?|gevoelsreflectie|-1.12
w:?|samenvatting|-4.58
w:?|open-vraag|0.41
w:?|aanmoediging|-1.19
w:?|bevelen|-2.33
w:?|waarschuwen|-3.81
w:?|moraliseren|-1.0
w:?|adviseren|-1.07
w:?|argumenteren|-2.73
w:?|bekritiseren|-2.56
w:?|prijzen|-0.15
w:?|etiketteren|-1.0
w:?|interpreteren|-3.99
w:?|geruststellen|-1.02
w:?|ondervragen|4.71
w:?|afleiden|-0.67
w:?|afronding-aankondigen|-1.0
w:?|vervolgafspraak|-1.94
w:?|bedanken|-2.89
w:aan|ik-boodschap|1.86
w:aan|parafrase|0.98
w:aan|open-vraag|1.94
w:aan|aanmoediging|-0.15
w:aan|bevelen|1.79
w:aan|waarschuwen|-1.99
w:aan|adviseren|0.99
w:aan|argumenteren|2.23
w:aan|bekritiseren|1.07
w:aan|interpreteren|-1.9
w:aan|geruststellen|-1.89
w:aan|ondervragen|0.95
w:aan|afleiden|-0.24
w:aan|vervolgafspraak|0.96
w:aan|bedanken|-0.99
w:aanbieden|bevelen|0.99
w:aandacht|samenvatting|-1.0
w:aandacht|adviseren|-0.92
w:aandacht|bekritiseren|-0.33
w:aandacht|interpreteren|1.0
w:aandacht|geruststellen|-0.98
w:aandacht|vervolgafspraak|-1.0
w:aangekondigd|ik-boodschap|-1.0
w:aangekondigd|jij-boodschap|-1.0
w:aangekondigd|gevoelsreflectie|-1.0
w:aangekondigd|samenvatting|-1.0
w:aangekondigd|open-vraag|-1.0
w:aangekondigd|aanmoediging|-1.0
w:aangekondigd|bevelen|-1.0
w:aangekondigd|waarschuwen|-1.0
w:aangekondigd|moraliseren|-1.0
w:aangekondigd|adviseren|-1.0
w:aangekondigd|argumenteren|1.0
w:aangekondigd|bekritiseren|-1.0
w:aangekondigd|prijzen|-1.0
w:aangekondigd|etiketteren|-1.0
w:aangekondigd|interpreteren|-1.0
w:aangekondigd|geruststellen|-1.0
w:aangekondigd|ondervragen|-1.0
w:aangekondigd|afleiden|-1.0
w:aangekondigd|afronding-aankondigen|-1.0
w:aangekondigd|vervolgafspraak|-1.0
w:aangekondigd|bedanken|-1.0
w:aangepakt|bekritiseren|0.69
w:aanpak|prijzen|0.99
w:aanpakken|ik-boodschap|-0.95
w:aanpakken|parafrase|-1.8
w:aanpakken|samenvatting|0.95
w:aansluiting|gevoelsreflectie|0.91
w:aansluiting|waarschuwen|-0.87
w:aansluiting|prijzen|-0.84
w:aanspreekpunt|bedanken|-0.95
w:aanspreken|bevelen|0.99
w:aanstelt|bekritiseren|0.99
w:aantrekt|bekritiseren|0.98
w:aardrijkskunde|ik-boodschap|0.94
w:aardrijkskunde|jij-boodschap|-0.43
w:aardrijkskunde|bekritiseren|-0.94
w:absenties|samenvatting|-0.94
w:absenties|afleiden|-0.94
w:accepteren|moraliseren|-1.0
w:accepteren|bekritiseren|-1.0
w:ach|moraliseren|-0.96
w:ach|adviseren|1.0
w:ach|argumenteren|-0.49
w:ach|bekritiseren|-1.0
w:ach|prijzen|-0.82
w:ach|etiketteren|1.0
w:ach|geruststellen|-1.8
w:ach|afleiden|2.79
w:acht|samenvatting|-0.93
w:acht|bevelen|0.98
w:acht|vervolgafspraak|-0.93
w:achter|waarschuwen|-0.93
w:achter|vervolgafspraak|-0.92
w:achterin|waarschuwen|-0.96
w:achterloopt|argumenteren|0.96
w:actie|bekritiseren|-2.11
w:administratie|ik-boodschap|0.92
w:administratie|waarschuwen|-0.92
w:administratie|adviseren|-0.92
w:advies|waarschuwen|-0.94
w:advies|adviseren|-0.9
w:advocaat|etiketteren|0.94
w:af|ik-boodschap|-1.85
w:af|jij-boodschap|1.0
w:af|open-vraag|-0.95
w:af|bevelen|0.99
w:af|waarschuwen|0.94
w:af|moraliseren|-0.85
w:af|adviseren|-0.99
w:af|bekritiseren|1.0
w:af|prijzen|-0.83
w:af|interpreteren|-0.96
w:af|geruststellen|-0.97
w:af|afronding-aankondigen|2.92
w:af|vervolgafspraak|-1.01
w:af|bedanken|0.7
w:afdelingsleider|adviseren|-0.95
w:afgaat|samenvatting|-1.0
w:afgaat|vervolgafspraak|-1.0
w:afgelopen|ik-boodschap|1.85
w:afgelopen|jij-boodschap|-0.43
w:afgelopen|argumenteren|-0.91
w:afgelopen|bekritiseren|-0.94
w:afgelopen|ondervragen|-0.95
w:afgevallen|adviseren|-0.93
w:afheeft|ik-boodschap|0.98
w:afheeft|parafrase|-0.9
w:afheeft|open-vraag|0.98
w:afleiding|adviseren|0.93
w:afmaken|bevelen|1.0
w:afmaken|bekritiseren|0.73
w:afronden|ik-boodschap|0.74
w:afronden|bevelen|-1.0
w:afronden|afronding-aankondigen|1.0
w:afronden|bedanken|0.63
w:afschuift|gevoelsreflectie|-1.0
w:afschuift|bekritiseren|1.0
w:afsluiten|bevelen|-0.46
w:afsluiten|afronding-aankondigen|1.84
w:afsluiten|vervolgafspraak|-1.92
w:afspraak|jij-boodschap|0.73
w:afspraak|argumenteren|-0.76
w:afspraak|bekritiseren|-0.66
w:afspraak|vervolgafspraak|0.93
w:afspraken|ik-boodschap|-0.98
w:afspraken|jij-boodschap|1.14
w:afspraken|parafrase|-1.0
w:afspraken|samenvatting|-0.93
w:afspraken|bekritiseren|-0.15
w:afspraken|geruststellen|-0.99
w:afspraken|ondervragen|-0.91
w:afspraken|vervolgafspraak|1.02
w:afspreekt|adviseren|0.96
w:afspreken|ik-boodschap|1.6
w:afspreken|adviseren|0.93
w:afspreken|bekritiseren|0.97
w:afspreken|prijzen|-0.87
w:afspreken|interpreteren|-0.99
w:afspreken|vervolgafspraak|0.93
w:afweten|bekritiseren|0.9
w:afwezig|ik-boodschap|0.92
w:afwezig|waarschuwen|-1.91
w:afwezig|adviseren|-0.92
w:afwezig|argumenteren|0.99
w:afwezig|etiketteren|-0.89
w:afwijken|prijzen|0.96
w:afzet|bevelen|0.98
w:agenda|interpreteren|-0.93
w:aha|open-vraag|-0.98
w:aha|aanmoediging|0.89
w:ahmed|adviseren|-1.0
w:ait|bevelen|-0.96
w:ajax|aanmoediging|-0.9
w:akkoord|bekritiseren|-0.33
w:akkoord|prijzen|1.96
w:akkoord|etiketteren|-0.68
w:akkoord|geruststellen|-0.99
w:al|gevoelsreflectie|-1.91
w:al|waarschuwen|-1.86
w:al|adviseren|-1.91
w:al|argumenteren|1.8
w:al|bekritiseren|0.99
w:al|etiketteren|-0.77
w:al|ondervragen|-2.91
w:ali|bevelen|-0.96
w:alle|jij-boodschap|0.97
w:alle|aanmoediging|0.67
w:allebei|parafrase|-1.0
w:allebei|gevoelsreflectie|-0.98
w:allebei|samenvatting|1.9
w:allebei|open-vraag|-1.98
w:allebei|bevelen|-1.0
w:allebei|interpreteren|-1.0
w:allebei|vervolgafspraak|-0.84
w:allebei|bedanken|-0.95
w:alleen|ik-boodschap|-0.84
w:alleen|jij-boodschap|-1.97
w:alleen|gevoelsreflectie|0.62
w:alleen|waarschuwen|-1.0
w:alleen|bekritiseren|-2.13
w:alleen|etiketteren|-1.0
w:alleen|interpreteren|0.83
w:alleen|ondervragen|-0.99
w:alleen|bedanken|-0.64
w:allemaal|ik-boodschap|0.98
w:allemaal|bevelen|-0.92
w:allemaal|bekritiseren|0.96
w:allemaal|prijzen|0.85
w:allemaal|geruststellen|-0.22
w:allemaal|afleiden|0.99
w:alles|ik-boodschap|0.88
w:alles|gevoelsreflectie|-1.88
w:alles|samenvatting|1.0
w:alles|waarschuwen|-0.96
w:alles|adviseren|-0.83
w:alles|etiketteren|0.99
w:als|ik-boodschap|0.88
w:als|jij-boodschap|-0.72
w:als|parafrase|-0.76
w:als|gevoelsreflectie|-1.06
w:als|samenvatting|0.79
w:als|open-vraag|-0.9
w:als|aanmoediging|-0.96
w:als|bevelen|-0.95
w:als|waarschuwen|1.1
w:als|moraliseren|1.87
w:als|adviseren|0.98
w:als|argumenteren|-2.68
w:als|bekritiseren|-2.01
w:als|prijzen|1.81
w:als|etiketteren|-1.01
w:als|interpreteren|-1.78
w:als|geruststellen|-1.1
w:als|afleiden|-2.89
w:als|vervolgafspraak|-0.98
w:als|bedanken|-1.94
w:alsjeblieft|bekritiseren|-0.62
w:alsof|ik-boodschap|-0.93
w:alsof|jij-boodschap|0.71
w:alsof|parafrase|-1.0
w:alsof|gevoelsreflectie|2.56
w:alsof|samenvatting|-1.0
w:alsof|open-vraag|-0.98
w:alsof|bekritiseren|1.83
w:alsof|geruststellen|-0.99
w:alstublieft|waarschuwen|-1.0
w:alstublieft|geruststellen|-1.0
w:altijd|gevoelsreflectie|-1.0
w:altijd|waarschuwen|-0.88
w:altijd|moraliseren|-1.93
w:altijd|bekritiseren|-0.9
w:altijd|prijzen|1.02
w:altijd|etiketteren|-0.83
w:altijd|ondervragen|-0.91
w:amir|open-vraag|0.99
w:amira|ik-boodschap|0.9
w:amira|gevoelsreflectie|-0.96
w:amira|bekritiseren|0.96
w:ander|parafrase|0.85
w:andere|ik-boodschap|-1.83
w:andere|jij-boodschap|1.0
w:andere|parafrase|2.85
w:andere|gevoelsreflectie|-1.69
w:andere|samenvatting|-2.76
w:andere|bekritiseren|1.82
w:andere|prijzen|-0.91
w:andere|etiketteren|-0.95
w:anderen|ik-boodschap|2.65
w:anderen|parafrase|-0.99
w:anderen|gevoelsreflectie|-0.88
w:anderen|open-vraag|-0.96
w:anders|ik-boodschap|-1.0
w:anders|jij-boodschap|-1.77
w:anders|waarschuwen|2.92
w:anders|moraliseren|-1.8
w:anders|adviseren|0.83
w:anders|geruststellen|-0.97
w:anders|afleiden|0.87
w:anders|afronding-aankondigen|-0.99
w:andersom|jij-boodschap|1.71
w:anouk|ik-boodschap|-0.96
w:anouk|open-vraag|0.97
w:anouk|bekritiseren|-0.97
w:antwoord|argumenteren|-0.76
w:antwoord|bekritiseren|-0.99
w:antwoorden|bekritiseren|0.25
w:apart|ik-boodschap|0.88
w:apart|gevoelsreflectie|-0.88
w:app|moraliseren|0.98
w:app|vervolgafspraak|0.76
w:appjes|gevoelsreflectie|-0.93
w:auto|vervolgafspraak|-0.92
w:avond|adviseren|1.0
w:avond|bekritiseren|0.83
w:avond|interpreteren|-0.93
w:avond|vervolgafspraak|-0.87
w:avonds|ik-boodschap|0.97
w:avonds|adviseren|0.93
w:avonds|afleiden|-1.0
w:ayoub|ik-boodschap|0.93
w:baal|geruststellen|-1.0
w:baalt|ik-boodschap|-0.71
w:baalt|gevoelsreflectie|2.78
w:baalt|afleiden|0.87
w:baart|adviseren|-0.93
w:baby|etiketteren|1.0
w:baby|afleiden|-0.86
w:babyachtig|etiketteren|1.76
w:balen|gevoelsreflectie|-0.86
w:balen|open-vraag|0.95
w:bang|gevoelsreflectie|0.86
w:bang|bekritiseren|-0.72
w:bang|prijzen|-0.84
w:bang|interpreteren|0.93
w:bang|vervolgafspraak|-1.0
w:bas|ik-boodschap|0.93
w:bas|interpreteren|-0.93
w:basisschool|open-vraag|0.59
w:bed|moraliseren|0.98
w:bed|adviseren|-0.99
w:bedankt|waarschuwen|-0.92
w:bedankt|argumenteren|-1.0
w:bedankt|bekritiseren|1.76
w:bedankt|vervolgafspraak|-0.99
w:bedankt|bedanken|1.97
w:bedoel|interpreteren|-0.96
w:bedoelde|geruststellen|1.0
w:bedoelt|parafrase|1.88
w:bedoelt|samenvatting|-0.9
w:bedoelt|aanmoediging|-0.9
w:bedtijd|jij-boodschap|-0.94
w:bedtijd|prijzen|-0.98
w:bedtijd|vervolgafspraak|-0.98
w:beetje|jij-boodschap|-1.0
w:beetje|gevoelsreflectie|1.78
w:beetje|open-vraag|0.97
w:beetje|aanmoediging|-1.0
w:beetje|etiketteren|-0.98
w:beetje|interpreteren|0.91
w:beetje|geruststellen|0.9
w:beetje|afronding-aankondigen|-0.94
w:beetje|vervolgafspraak|-0.97
w:begeleiden|ik-boodschap|-1.96
w:begeleiden|waarschuwen|1.0
w:begeleider|afronding-aankondigen|-0.98
w:beginnen|afleiden|-0.98
w:begint|jij-boodschap|0.81
w:begint|bekritiseren|-2.63
w:begint|interpreteren|0.96
w:begint|vervolgafspraak|-0.92
w:begon|samenvatting|0.9
w:begon|open-vraag|1.0
w:begon|moraliseren|-1.0
w:begon|bekritiseren|-0.9
w:begon|afleiden|-0.92
w:begon|bedanken|-1.0
w:begonnen|parafrase|0.91
w:begrijp|ik-boodschap|-1.6
w:begrijp|parafrase|2.89
w:begrijp|gevoelsreflectie|-0.25
w:begrijp|open-vraag|-1.35
w:begrijp|argumenteren|-0.57
w:begrijp|bekritiseren|0.77
w:begrijp|geruststellen|0.95
w:begrijp|afleiden|-0.97
w:begrijp|vervolgafspraak|-0.98
w:begrijpen|vervolgafspraak|-0.92
w:begrijpt|bekritiseren|-1.0
w:begripvol|moraliseren|-1.0
w:begripvol|bekritiseren|-1.0
w:behoorlijk|ik-boodschap|-0.93
w:behoorlijk|bekritiseren|0.99
w:behulpzaam|bekritiseren|1.55
w:behulpzaam|vervolgafspraak|-0.85
w:behulpzaam|bedanken|-1.76
w:bel|parafrase|-0.91
w:bel|bevelen|-0.53
w:bel|waarschuwen|0.94
w:bel|afronding-aankondigen|-1.9
w:bel|vervolgafspraak|1.86
w:belachelijke|jij-boodschap|-0.65
w:belachelijke|argumenteren|-0.96
w:bellen|jij-boodschap|-0.91
w:bellen|bekritiseren|-3.39
w:bellen|vervolgafspraak|1.95
w:beloningssysteem|ondervragen|-0.97
w:belt|samenvatting|0.96
w:belt|bevelen|1.33
w:belt|bekritiseren|0.98
w:belt|vervolgafspraak|0.22
w:bemoeit|gevoelsreflectie|-0.86
w:bemoeit|bekritiseren|1.73
w:ben|ik-boodschap|1.13
w:ben|jij-boodschap|-0.12
w:ben|parafrase|0.93
w:ben|gevoelsreflectie|-0.84
w:ben|open-vraag|0.88
w:ben|aanmoediging|1.0
w:ben|adviseren|-0.18
w:ben|bekritiseren|-0.95
w:ben|prijzen|-0.84
w:ben|interpreteren|-1.0
w:ben|bedanken|0.77
w:beneden|adviseren|1.91
w:beneden|afleiden|-1.0
w:benieuwd|open-vraag|0.94
w:benieuwd|aanmoediging|1.0
w:bent|ik-boodschap|-1.88
w:bent|jij-boodschap|1.67
w:bent|gevoelsreflectie|2.07
w:bent|samenvatting|-0.13
w:bent|open-vraag|-1.1
w:bent|aanmoediging|-1.95
w:bent|bevelen|-0.99
w:bent|waarschuwen|-0.92
w:bent|moraliseren|-1.78
w:bent|adviseren|-1.62
w:bent|argumenteren|-1.44
w:bent|bekritiseren|-2.46
w:bent|prijzen|1.0
w:bent|etiketteren|0.71
w:bent|geruststellen|0.75
w:bent|ondervragen|0.92
w:bent|afleiden|-1.71
w:bent|afronding-aankondigen|-0.99
w:bent|vervolgafspraak|-1.96
w:bent|bedanken|1.4
w:beoordelen|waarschuwen|-1.0
w:beoordelen|moraliseren|-1.0
w:beoordelen|adviseren|-0.93
w:beoordelen|bekritiseren|-1.0
w:bereikbaar|bekritiseren|-1.3
w:bereiken|open-vraag|0.96
w:bericht|jij-boodschap|0.92
w:bericht|argumenteren|0.95
w:bericht|bekritiseren|1.28
w:bericht|etiketteren|-0.95
w:berichten|ik-boodschap|1.0
w:berichten|jij-boodschap|1.48
w:berichten|bekritiseren|2.52
w:berichten|bedanken|-0.98
w:beschermt|bekritiseren|-0.95
w:beschermt|interpreteren|0.96
w:beschrijven|gevoelsreflectie|-0.99
w:beslissing|jij-boodschap|-0.98
w:besluit|vervolgafspraak|0.94
w:bespreekbaar|argumenteren|0.99
w:bespreken|samenvatting|1.92
w:bespreken|moraliseren|-0.98
w:bespreken|afleiden|-0.97
w:besproken|ondervragen|-0.99
w:besproken|vervolgafspraak|-0.97
w:best|jij-boodschap|-1.81
w:best|gevoelsreflectie|1.0
w:best|moraliseren|0.15
w:best|adviseren|-0.81
w:best|prijzen|0.81
w:best|etiketteren|-0.93
w:beste|open-vraag|-0.64
w:beste|moraliseren|1.0
w:beste|adviseren|0.9
w:beste|argumenteren|-0.99
w:beste|prijzen|1.98
w:beste|geruststellen|0.98
w:beter|jij-boodschap|-0.92
w:beter|gevoelsreflectie|-0.83
w:beter|samenvatting|0.92
w:beter|bevelen|0.96
w:beter|argumenteren|-0.99
w:beter|bekritiseren|-0.85
w:beter|prijzen|-0.96
w:beter|etiketteren|0.95
w:beter|geruststellen|1.1
w:betrokken|gevoelsreflectie|-1.84
w:betrokken|bevelen|-0.99
w:betrokken|interpreteren|-0.93
w:betrokken|geruststellen|-0.86
w:bevalt|open-vraag|-1.71
w:bevalt|afleiden|0.97
w:bevorderen|argumenteren|0.75
w:bezig|bekritiseren|0.95
w:bezig|etiketteren|-0.83
w:bezig|interpreteren|0.98
w:bezorgd|ik-boodschap|1.0
w:bezorgd|jij-boodschap|-1.0
w:bezorgd|open-vraag|-0.97
w:bezorgd|adviseren|-1.0
w:bezorgd|bekritiseren|-1.0
w:bezorgd|vervolgafspraak|0.97
w:beëindig|afronding-aankondigen|0.97
w:beëindigen|bedanken|-0.95
w:bibliotheek|ik-boodschap|-0.9
w:bieden|bevelen|-1.0
w:bieden|waarschuwen|-0.99
w:bieden|afleiden|-1.0
w:biedt|jij-boodschap|-0.97
w:biedt|bevelen|0.84
w:bij|ik-boodschap|-0.88
w:bij|jij-boodschap|-1.71
w:bij|parafrase|0.16
w:bij|gevoelsreflectie|-0.75
w:bij|samenvatting|-1.04
w:bij|bevelen|0.29
w:bij|waarschuwen|-0.97
w:bij|moraliseren|-1.81
w:bij|bekritiseren|-1.76
w:bij|prijzen|0.85
w:bij|geruststellen|0.15
w:bij|afleiden|-1.33
w:bij|vervolgafspraak|2.89
w:bij|bedanken|-0.26
w:bijbaantje|waarschuwen|-1.0
w:bijhoudt|ik-boodschap|-0.93
w:bijhoudt|samenvatting|0.94
w:bijles|ik-boodschap|-0.99
w:bijles|parafrase|0.99
w:bijles|samenvatting|1.95
w:bijles|bevelen|0.99
w:bijles|prijzen|0.83
w:bijles|afronding-aankondigen|0.91
w:bijles|vervolgafspraak|0.96
w:bijles|bedanken|-0.48
w:bijna|ik-boodschap|0.97
w:bijna|jij-boodschap|-0.83
w:bijna|open-vraag|-1.0
w:bijwerkt|ik-boodschap|0.98
w:bijwerkt|vervolgafspraak|-0.98
w:binnen|ik-boodschap|0.97
w:binnen|adviseren|-0.97
w:binnen|prijzen|-0.96
w:binnen|interpreteren|0.97
w:binnengekregen|bekritiseren|-0.96
w:binnenkomt|open-vraag|0.64
w:binnenkomt|vervolgafspraak|-0.93
w:binnenkwam|ik-boodschap|0.91
w:biologie|parafrase|0.99
w:biologie|bekritiseren|-0.96
w:blauw|ik-boodschap|0.91
w:bleven|gevoelsreflectie|0.96
w:blijft|jij-boodschap|-0.97
w:blijft|parafrase|-0.99
w:blijft|samenvatting|0.92
w:blijft|waarschuwen|1.87
w:blijft|adviseren|-0.83
w:blijft|bekritiseren|-0.9
w:blijft|ondervragen|-1.0
w:blijft|bedanken|-0.99
w:blijkt|moraliseren|-0.91
w:blijkt|argumenteren|0.91
w:blijven|ik-boodschap|0.93
w:blijven|vervolgafspraak|-0.84
w:bo|interpreteren|0.99
w:boek|bekritiseren|-0.67
w:boeken|jij-boodschap|-1.0
w:boeken|open-vraag|1.0
w:boeken|moraliseren|-0.98
w:boeken|adviseren|-0.96
w:boeken|bekritiseren|0.73
w:boeken|geruststellen|0.94
w:boeken|ondervragen|-0.95
w:boos|gevoelsreflectie|1.86
w:boos|open-vraag|-0.99
w:boos|aanmoediging|-0.96
w:boos|bevelen|0.97
w:boos|argumenteren|-0.49
w:boos|interpreteren|0.99
w:boos|geruststellen|-0.94
w:boos|ondervragen|-0.99
w:boos|afleiden|0.92
w:bovenbouw|waarschuwen|-0.87
w:boze|interpreteren|0.99
w:bram|ik-boodschap|0.96
w:bram|jij-boodschap|0.2
w:bram|samenvatting|-0.93
w:bram|open-vraag|-0.92
w:bram|moraliseren|-0.81
w:bram|adviseren|0.99
w:bram|argumenteren|-0.95
w:bram|bekritiseren|1.48
w:bram|geruststellen|0.15
w:bram|ondervragen|-0.99
w:bram|afleiden|-0.89
w:brengen|interpreteren|-0.98
w:brengt|bevelen|0.65
w:brief|ik-boodschap|-1.6
w:brief|parafrase|0.91
w:brief|gevoelsreflectie|-0.97
w:brief|samenvatting|-0.93
w:briefje|parafrase|-0.91
w:broer|geruststellen|-0.92
w:broertje|adviseren|0.81
w:broertje|afleiden|-0.87
w:brugklas|ik-boodschap|-0.99
w:brugklas|geruststellen|0.99
w:brutaal|bekritiseren|-1.39
w:buikpijn|argumenteren|-0.95
w:buiten|aanmoediging|-0.88
w:bureau|bevelen|0.92
w:capuchon|bevelen|0.99
w:capuchon|adviseren|-0.99
w:chagrijn|etiketteren|0.95
w:chagrijn|geruststellen|-0.84
w:checken|samenvatting|-0.88
w:cijfer|ik-boodschap|0.74
w:cijfer|open-vraag|-0.7
w:cijfer|aanmoediging|-0.97
w:cijfer|argumenteren|0.95
w:cijfer|bekritiseren|-0.96
w:cijfer|etiketteren|-0.93
w:cijfer|afleiden|-0.93
w:cijfers|ik-boodschap|-1.95
w:cijfers|jij-boodschap|-1.83
w:cijfers|parafrase|-1.95
w:cijfers|gevoelsreflectie|-0.92
w:cijfers|samenvatting|2.93
w:cijfers|open-vraag|-1.0
w:cijfers|aanmoediging|-0.86
w:cijfers|bevelen|-1.0
w:cijfers|waarschuwen|-0.96
w:cijfers|argumenteren|0.5
w:cijfers|bekritiseren|-0.66
w:cijfers|afleiden|-1.94
w:cijfers|vervolgafspraak|-0.97
w:clown|jij-boodschap|0.9
w:clown|bekritiseren|-0.9
w:clown|etiketteren|0.93
w:collega|bevelen|-0.91
w:collega|prijzen|-0.96
w:collega|vervolgafspraak|0.89
w:collega's|bekritiseren|-2.12
w:communicatie|gevoelsreflectie|-0.83
w:communicatie|samenvatting|-0.95
w:communicatie|vervolgafspraak|-0.91
w:communiceren|jij-boodschap|-0.93
w:concentratie|parafrase|-0.99
w:concentratie|argumenteren|0.91
w:concentreren|open-vraag|-1.93
w:concentreren|vervolgafspraak|0.97
w:conciërge|ik-boodschap|-1.0
w:conciërge|samenvatting|-0.93
w:conciërge|bevelen|0.92
w:conciërge|waarschuwen|1.0
w:consequent|bekritiseren|0.95
w:contact|parafrase|-0.98
w:contact|samenvatting|0.97
w:contact|aanmoediging|-1.89
w:controleert|bedanken|-0.48
w:controleren|bevelen|-0.98
w:controleren|bekritiseren|-1.38
w:daan|gevoelsreflectie|-1.0
w:daan|open-vraag|0.96
w:daan|bevelen|0.96
w:daan|waarschuwen|-0.98
w:daan|adviseren|-0.92
w:daan|argumenteren|-0.66
w:daan|bekritiseren|-0.94
w:daan|prijzen|-1.0
w:daan|geruststellen|0.96
w:daan|ondervragen|-1.0
w:daan|vervolgafspraak|0.91
w:daar|ik-boodschap|0.98
w:daar|jij-boodschap|0.96
w:daar|parafrase|0.95
w:daar|bevelen|-0.85
w:daar|adviseren|-0.16
w:daar|argumenteren|0.65
w:daar|bekritiseren|1.5
w:daar|etiketteren|0.91
w:daar|interpreteren|-0.95
w:daar|geruststellen|-0.9
w:daar|ondervragen|-0.96
w:daar|afleiden|0.69
w:daar|vervolgafspraak|-0.97
w:daaraan|parafrase|-0.86
w:daardoor|parafrase|-0.86
w:daardoor|gevoelsreflectie|-0.88
w:daardoor|samenvatting|0.95
w:daardoor|bedanken|0.89
w:daarin|parafrase|0.85
w:daarna|afronding-aankondigen|-0.97
w:daarna|vervolgafspraak|0.96
w:daarnaar|ik-boodschap|-1.0
w:daarnaar|interpreteren|-1.0
w:daarnaar|ondervragen|1.0
w:daarnaar|vervolgafspraak|-1.0
w:daarom|parafrase|0.93
w:daarom|moraliseren|-0.96
w:daarom|adviseren|0.93
w:daarom|interpreteren|1.91
w:daarover|waarschuwen|-1.0
w:daarover|afleiden|1.0
w:daartegenaan|jij-boodschap|-0.71
w:daartegenaan|open-vraag|1.61
w:daartegenaan|bekritiseren|-1.79
w:daarvan|ik-boodschap|0.91
w:daarvan|open-vraag|0.97
w:daarvoor|bedanken|0.99
w:daden|moraliseren|0.91
w:dag|gevoelsreflectie|0.97
w:dag|open-vraag|-0.97
w:dag|bevelen|0.16
w:dag|moraliseren|-0.98
w:dag|argumenteren|0.91
w:dag|bekritiseren|-0.82
w:dag|ondervragen|0.95
w:dag|vervolgafspraak|0.97
w:dagen|samenvatting|-0.93
w:dagen|open-vraag|-0.99
w:dagopening|vervolgafspraak|-0.93
w:dan|ik-boodschap|1.96
w:dan|jij-boodschap|-0.29
w:dan|parafrase|0.95
w:dan|open-vraag|-1.02
w:dan|bevelen|-0.96
w:dan|waarschuwen|-1.0
w:dan|adviseren|-1.01
w:dan|argumenteren|-1.67
w:dan|bekritiseren|-1.26
w:dan|prijzen|1.99
w:dan|etiketteren|0.95
w:dan|geruststellen|-0.99
w:dan|afleiden|-1.96
w:dan|vervolgafspraak|-1.0
w:dan|bedanken|0.96
w:dank|ik-boodschap|-0.97
w:dank|gevoelsreflectie|-0.97
w:dank|samenvatting|-0.93
w:dank|adviseren|-0.97
w:dank|bekritiseren|-0.87
w:dank|prijzen|-0.97
w:dank|bedanken|4.97
w:dankbaar|bedanken|0.77
w:dankjewel|prijzen|-0.83
w:dankjewel|afronding-aankondigen|-1.0
w:dankjewel|bedanken|0.93
w:dat|ik-boodschap|0.84
w:dat|jij-boodschap|-1.13
w:dat|parafrase|-0.9
w:dat|gevoelsreflectie|-0.27
w:dat|samenvatting|-1.13
w:dat|open-vraag|-1.08
w:dat|aanmoediging|-1.11
w:dat|bevelen|-1.77
w:dat|moraliseren|0.13
w:dat|adviseren|-1.88
w:dat|argumenteren|-1.5
w:dat|prijzen|-0.1
w:dat|etiketteren|-2.82
w:dat|geruststellen|-0.83
w:dat|afleiden|-1.5
w:dat|afronding-aankondigen|-1.94
w:dat|vervolgafspraak|-2.93
w:dat|bedanken|-0.74
w:de|ik-boodschap|0.15
w:de|jij-boodschap|-2.23
w:de|parafrase|-0.85
w:de|gevoelsreflectie|-2.01
w:de|samenvatting|1.05
w:de|open-vraag|-0.1
w:de|aanmoediging|-1.12
w:de|bevelen|-0.25
w:de|waarschuwen|-1.0
w:de|moraliseren|-2.03
w:de|adviseren|-2.48
w:de|argumenteren|-0.43
w:de|bekritiseren|-1.76
w:de|prijzen|-0.85
w:de|etiketteren|0.12
w:de|interpreteren|-1.89
w:de|geruststellen|-1.2
w:de|ondervragen|-2.97
w:de|afleiden|-0.24
w:de|afronding-aankondigen|-2.93
w:de|bedanken|-0.87
w:deadline|argumenteren|1.55
w:deadlines|bekritiseren|-2.32
w:decaan|bevelen|-0.96
w:deed|gevoelsreflectie|-0.88
w:deed|aanmoediging|1.0
w:deed|moraliseren|0.86
w:deed|adviseren|-0.96
w:deed|etiketteren|-1.0
w:deed|geruststellen|-0.77
w:degene|jij-boodschap|1.71
w:degene|bekritiseren|-1.64
w:delen|argumenteren|-1.0
w:delen|bedanken|1.0
w:denk|jij-boodschap|0.76
w:denk|bevelen|-0.98
w:denk|waarschuwen|0.92
w:denk|argumenteren|-1.0
w:denk|bekritiseren|0.7
w:denk|etiketteren|0.98
w:denk|interpreteren|2.97
w:denk|geruststellen|0.9
w:denk|afronding-aankondigen|0.94
w:denk|vervolgafspraak|-0.98
w:denken|bekritiseren|0.95
w:denken|prijzen|0.83
w:denkt|parafrase|0.93
w:denkt|gevoelsreflectie|-1.0
w:denkt|geruststellen|0.91
w:denkt|ondervragen|-0.95
w:derde|ik-boodschap|0.93
w:derde|parafrase|-0.93
w:detail|bekritiseren|-0.98
w:detail|geruststellen|-0.76
w:detail|afleiden|0.98
w:deur|ik-boodschap|0.8
w:deur|gevoelsreflectie|-0.94
w:deze|ik-boodschap|-0.92
w:deze|gevoelsreflectie|-0.86
w:deze|argumenteren|-0.97
w:deze|bekritiseren|-0.26
w:deze|afleiden|-0.15
w:dicht|adviseren|0.96
w:dichtbij|open-vraag|-1.0
w:dichtbij|bekritiseren|-0.87
w:dichtklapt|open-vraag|0.95
w:dichtsloeg|ik-boodschap|-0.84
w:dichtsmeet|ik-boodschap|1.65
w:dichtsmeet|gevoelsreflectie|-0.94
w:die|ik-boodschap|0.86
w:die|jij-boodschap|0.73
w:die|parafrase|0.94
w:die|samenvatting|-1.0
w:die|bevelen|-0.43
w:die|moraliseren|0.96
w:die|adviseren|1.0
w:die|bekritiseren|-2.21
w:die|prijzen|-0.81
w:die|etiketteren|0.96
w:die|interpreteren|0.99
w:die|afleiden|0.99
w:die|afronding-aankondigen|-0.91
w:die|vervolgafspraak|-0.97
w:dient|bekritiseren|-0.62
w:diep|interpreteren|0.97
w:ding|bevelen|1.0
w:ding|interpreteren|-1.0
w:dingen|jij-boodschap|-0.94
w:dingen|bekritiseren|-0.66
w:dingen|vervolgafspraak|-0.97
w:dinsdag|parafrase|-0.99
w:dinsdag|samenvatting|0.86
w:dinsdag|vervolgafspraak|0.94
w:dinsdag|bedanken|0.85
w:dipje|geruststellen|0.94
w:diploma|ik-boodschap|-1.0
w:diploma|waarschuwen|0.94
w:diploma|geruststellen|0.33
w:directeur|geruststellen|-0.91
w:directie|waarschuwen|0.92
w:directie|vervolgafspraak|0.94
w:discussiëren|argumenteren|0.97
w:dit|ik-boodschap|-2.89
w:dit|jij-boodschap|-0.82
w:dit|gevoelsreflectie|0.79
w:dit|samenvatting|-2.0
w:dit|open-vraag|-0.94
w:dit|aanmoediging|-0.12
w:dit|bevelen|-0.96
w:dit|waarschuwen|0.89
w:dit|moraliseren|-1.9
w:dit|adviseren|-1.0
w:dit|argumenteren|-1.0
w:dit|bekritiseren|1.25
w:dit|prijzen|1.0
w:dit|etiketteren|-1.94
w:dit|geruststellen|-1.88
w:dit|afleiden|-1.87
w:dit|afronding-aankondigen|-0.94
w:dit|vervolgafspraak|-1.94
w:docent|ik-boodschap|-0.93
w:docent|parafrase|0.93
w:docent|samenvatting|0.86
w:docent|moraliseren|1.84
w:docent|argumenteren|-0.94
w:docent|bekritiseren|-0.98
w:docent|etiketteren|-0.99
w:docenten|gevoelsreflectie|-1.0
w:docenten|bekritiseren|1.9
w:docenten|geruststellen|-0.89
w:docentenvergadering|waarschuwen|-0.94
w:dochter|ik-boodschap|0.74
w:dochter|moraliseren|0.97
w:dochter|bekritiseren|-0.7
w:doe|jij-boodschap|-0.99
w:doe|bevelen|-0.54
w:doe|moraliseren|1.03
w:doe|bekritiseren|-2.0
w:doe|etiketteren|1.76
w:doe|interpreteren|-0.99
w:doen|ik-boodschap|0.93
w:doen|parafrase|-1.89
w:doen|gevoelsreflectie|-0.88
w:doen|adviseren|-1.81
w:doen|argumenteren|0.67
w:doen|bekritiseren|0.87
w:doen|prijzen|0.81
w:doen|etiketteren|-0.93
w:doen|interpreteren|0.96
w:doen|geruststellen|0.9
w:doen|afleiden|0.8
w:doen|bedanken|-0.99
w:doet|ik-boodschap|-1.18
w:doet|jij-boodschap|1.26
w:doet|gevoelsreflectie|0.83
w:doet|samenvatting|-0.95
w:doet|bevelen|0.89
w:doet|waarschuwen|-0.98
w:doet|moraliseren|0.93
w:doet|adviseren|-1.0
w:doet|argumenteren|-0.96
w:doet|bekritiseren|0.93
w:doet|prijzen|-1.0
w:doet|geruststellen|-0.11
w:doet|ondervragen|1.0
w:doet|afleiden|0.23
w:doet|vervolgafspraak|-1.0
w:doet|bedanken|0.98
w:dom|samenvatting|0.95
w:dom|bekritiseren|1.0
w:dom|bedanken|0.89
w:donderdag|ik-boodschap|-1.0
w:donderdag|samenvatting|-1.88
w:donderdag|aanmoediging|-1.0
w:donderdag|geruststellen|-1.0
w:donderdag|afronding-aankondigen|1.03
w:donderdag|vervolgafspraak|2.68
w:donderdag|bedanken|-0.22
w:door|ik-boodschap|1.73
w:door|parafrase|-0.99
w:door|gevoelsreflectie|0.88
w:door|samenvatting|-0.9
w:door|open-vraag|1.0
w:door|aanmoediging|1.0
w:door|bevelen|-0.84
w:door|etiketteren|0.98
w:door|geruststellen|-0.93
w:door|vervolgafspraak|-0.97
w:doordat|interpreteren|0.99
w:doordat|geruststellen|-0.6
w:doordeweeks|adviseren|0.9
w:doordeweeks|argumenteren|-0.99
w:doordeweeks|prijzen|-0.96
w:doordeweekse|vervolgafspraak|-0.87
w:doordring|parafrase|-0.91
w:doorgaat|jij-boodschap|0.97
w:doorgaat|waarschuwen|1.01
w:doorgaat|bekritiseren|1.2
w:doorgaat|prijzen|-0.73
w:doorgeven|ik-boodschap|0.92
w:doorgeven|waarschuwen|-0.92
w:doorgeven|adviseren|-0.92
w:doorheen|jij-boodschap|-0.75
w:doorheen|geruststellen|1.86
w:doorneemt|adviseren|0.93
w:dossier|moraliseren|-0.94
w:draad|ik-boodschap|1.0
w:draait|bevelen|-1.0
w:draait|waarschuwen|-0.81
w:drama|bekritiseren|-1.64
w:dramatisch|moraliseren|-0.93
w:dramatisch|geruststellen|0.89
w:drie|ik-boodschap|1.89
w:drie|samenvatting|1.11
w:drie|aanmoediging|-0.97
w:drie|waarschuwen|-1.93
w:drie|moraliseren|-0.87
w:drie|argumenteren|1.51
w:drie|bekritiseren|-0.41
w:drie|etiketteren|-0.89
w:drie|afronding-aankondigen|-0.88
w:drie|vervolgafspraak|0.91
w:drie|bedanken|-0.96
w:druk|parafrase|-0.99
w:druk|gevoelsreflectie|-0.96
w:druk|moraliseren|-0.99
w:druk|interpreteren|-0.96
w:druk|geruststellen|1.07
w:druk|afronding-aankondigen|-0.99
w:drukte|etiketteren|-0.71
w:duidelijk|parafrase|-0.91
w:duidelijk|gevoelsreflectie|1.71
w:duidelijk|samenvatting|0.86
w:duidelijk|bevelen|0.83
w:duidelijk|waarschuwen|-0.99
w:duidelijk|adviseren|-0.91
w:duidelijk|argumenteren|1.12
w:duidelijk|etiketteren|-0.95
w:duidelijk|vervolgafspraak|0.92
w:duidelijker|ik-boodschap|-0.93
w:duits|parafrase|0.95
w:duits|aanmoediging|-0.97
w:durft|bekritiseren|-0.9
w:dus|ik-boodschap|0.94
w:dus|jij-boodschap|-0.41
w:dus|parafrase|2.01
w:dus|gevoelsreflectie|-1.88
w:dus|samenvatting|0.9
w:dus|aanmoediging|-0.98
w:dus|bevelen|-1.3
w:dus|waarschuwen|-1.87
w:dus|moraliseren|-2.81
w:dus|adviseren|-1.8
w:dus|argumenteren|-0.11
w:dus|bekritiseren|-0.84
w:dus|prijzen|2.77
w:dus|etiketteren|-0.93
w:dus|interpreteren|-0.99
w:dus|vervolgafspraak|0.93
w:dus|bedanken|-1.0
w:duurde|geruststellen|-1.0
w:duurt|moraliseren|0.93
w:dwingen|bekritiseren|-0.68
w:ech|bekritiseren|1.0
w:echt|ik-boodschap|1.97
w:echt|jij-boodschap|-2.53
w:echt|parafrase|-0.99
w:echt|gevoelsreflectie|1.04
w:echt|aanmoediging|-1.0
w:echt|bevelen|0.99
w:echt|waarschuwen|-0.81
w:echt|moraliseren|-0.99
w:echt|adviseren|-2.73
w:echt|argumenteren|-0.99
w:echt|bekritiseren|1.18
w:echt|prijzen|0.81
w:echt|etiketteren|1.9
w:echt|interpreteren|-1.78
w:echt|geruststellen|3.09
w:echt|afronding-aankondigen|0.94
w:echt|vervolgafspraak|-2.78
w:echt|bedanken|-0.36
w:echte|argumenteren|-0.98
w:een|ik-boodschap|-1.37
w:een|jij-boodschap|-2.81
w:een|parafrase|0.85
w:een|gevoelsreflectie|1.54
w:een|samenvatting|0.2
w:een|open-vraag|0.97
w:een|aanmoediging|-1.0
w:een|bevelen|-1.81
w:een|waarschuwen|-2.87
w:een|moraliseren|-0.88
w:een|adviseren|-0.87
w:een|argumenteren|1.25
w:een|bekritiseren|-2.14
w:een|prijzen|1.04
w:een|etiketteren|0.63
w:een|interpreteren|-1.21
w:een|geruststellen|0.61
w:een|ondervragen|-0.2
w:een|afleiden|-1.84
w:een|afronding-aankondigen|0.9
w:een|vervolgafspraak|0.94
w:een|bedanken|-0.89
w:eenmaal|bevelen|-0.88
w:eenmaal|moraliseren|0.14
w:eenmaal|argumenteren|0.26
w:eenmaal|interpreteren|-0.97
w:eenmaal|geruststellen|-0.9
w:eenmaal|afleiden|0.23
w:eens|ik-boodschap|1.03
w:eens|jij-boodschap|0.94
w:eens|gevoelsreflectie|-0.14
w:eens|samenvatting|-1.0
w:eens|open-vraag|1.0
w:eens|bevelen|-0.65
w:eens|adviseren|2.67
w:eens|bekritiseren|1.78
w:eens|prijzen|-0.98
w:eens|interpreteren|-0.99
w:eens|geruststellen|-0.88
w:eens|ondervragen|-0.97
w:eens|afleiden|1.61
w:eens|vervolgafspraak|-1.85
w:eentje|open-vraag|-0.97
w:eenzaam|gevoelsreflectie|1.0
w:eerder|adviseren|-0.99
w:eerder|bekritiseren|-0.44
w:eerder|interpreteren|0.96
w:eerder|ondervragen|0.95
w:eerlijk|ik-boodschap|-1.96
w:eerlijk|gevoelsreflectie|-0.97
w:eerlijk|open-vraag|0.96
w:eerlijk|moraliseren|0.93
w:eerlijk|argumenteren|0.96
w:eerlijk|bekritiseren|1.02
w:eerlijk|interpreteren|-1.0
w:eerlijk|geruststellen|-1.89
w:eerlijk|afronding-aankondigen|-0.99
w:eerlijk|vervolgafspraak|-1.0
w:eerlijkheid|bedanken|0.93
w:eerst|parafrase|1.0
w:eerst|samenvatting|-1.0
w:eerst|bevelen|0.98
w:eerst|prijzen|-1.0
w:eerste|parafrase|-2.66
w:eerste|gevoelsreflectie|-0.79
w:eerste|samenvatting|0.95
w:eerste|adviseren|-0.97
w:eerste|prijzen|-0.98
w:eerste|geruststellen|0.93
w:eerste|vervolgafspraak|0.95
w:eet|aanmoediging|-0.76
w:eigen|samenvatting|0.8
w:eigen|geruststellen|-0.87
w:eigen|afleiden|-0.93
w:eigenlijk|ik-boodschap|-0.91
w:eigenlijk|parafrase|0.85
w:eigenlijk|gevoelsreflectie|-0.96
w:eigenlijk|open-vraag|-2.62
w:eigenlijk|moraliseren|-1.0
w:eigenlijk|bekritiseren|0.3
w:eigenlijk|prijzen|-1.0
w:eigenlijk|interpreteren|2.94
w:eigenlijk|geruststellen|-0.87
w:eigenlijk|afleiden|1.05
w:eigenlijk|vervolgafspraak|-1.0
w:eigenlijk|bedanken|-0.75
w:eind|waarschuwen|0.94
w:eind|bedanken|-0.99
w:einde|argumenteren|-0.49
w:einde|afleiden|0.92
w:eindelijk|jij-boodschap|0.94
w:eindelijk|bekritiseren|1.78
w:eis|bekritiseren|0.74
w:elf|argumenteren|0.95
w:elkaar|parafrase|-0.99
w:elkaar|waarschuwen|-1.0
w:elkaar|afronding-aankondigen|-0.94
w:elkaar|vervolgafspraak|0.97
w:elke|gevoelsreflectie|0.97
w:elke|samenvatting|0.86
w:elke|bevelen|0.89
w:elke|moraliseren|-0.98
w:elke|adviseren|0.97
w:elke|bekritiseren|0.94
w:elke|etiketteren|-0.88
w:elke|interpreteren|-0.93
w:elke|geruststellen|-0.16
w:elke|ondervragen|0.95
w:elke|afleiden|0.96
w:en|ik-boodschap|2.11
w:en|jij-boodschap|-0.67
w:en|parafrase|-6.54
w:en|gevoelsreflectie|-4.55
w:en|samenvatting|5.15
w:en|open-vraag|-1.18
w:en|bevelen|0.49
w:en|waarschuwen|1.74
w:en|moraliseren|-0.99
w:en|adviseren|-2.72
w:en|argumenteren|-1.76
w:en|bekritiseren|0.44
w:en|prijzen|-1.57
w:en|etiketteren|-1.0
w:en|interpreteren|-1.07
w:en|geruststellen|-1.03
w:en|ondervragen|-0.74
w:en|afleiden|-4.77
w:en|afronding-aankondigen|0.91
w:en|vervolgafspraak|-0.12
w:en|bedanken|-0.31
w:engels|samenvatting|0.93
w:engels|argumenteren|-0.92
w:engels|vervolgafspraak|0.89
w:enkel|jij-boodschap|0.92
w:enkel|moraliseren|-0.9
w:enkel|bekritiseren|1.22
w:enkele|ik-boodschap|1.94
w:enkele|jij-boodschap|-1.43
w:enkele|bekritiseren|-0.88
w:enorm|waarschuwen|0.99
w:enorme|gevoelsreflectie|0.8
w:er|ik-boodschap|-0.24
w:er|jij-boodschap|0.22
w:er|gevoelsreflectie|0.32
w:er|samenvatting|-2.9
w:er|open-vraag|-0.1
w:er|bevelen|-1.84
w:er|waarschuwen|1.95
w:er|moraliseren|-1.04
w:er|adviseren|-1.0
w:er|argumenteren|-1.0
w:er|bekritiseren|0.61
w:er|etiketteren|-1.87
w:er|interpreteren|-3.0
w:er|geruststellen|-0.67
w:er|afleiden|-0.63
w:er|vervolgafspraak|-0.87
w:er|bedanken|-0.2
w:eraan|gevoelsreflectie|-1.0
w:eraan|bekritiseren|1.0
w:erbij|ik-boodschap|-1.0
w:erbij|parafrase|0.99
w:erbij|samenvatting|-1.84
w:erbij|geruststellen|-1.0
w:erbij|afronding-aankondigen|0.99
w:erbij|vervolgafspraak|2.82
w:erbij|bedanken|-0.77
w:erg|parafrase|-0.91
w:erg|bekritiseren|-2.58
w:erg|etiketteren|-0.96
w:erg|geruststellen|0.72
w:erg|afleiden|0.19
w:erger|gevoelsreflectie|-1.0
w:erger|bekritiseren|1.0
w:erom|bekritiseren|-0.97
w:erop|aanmoediging|-0.64
w:erop|bekritiseren|0.98
w:erop|geruststellen|-0.99
w:erop|bedanken|-0.95
w:eruit|jij-boodschap|0.97
w:eruit|samenvatting|0.93
w:eruit|bevelen|-0.95
w:eruit|waarschuwen|1.82
w:eruit|moraliseren|-0.97
w:eruit|argumenteren|-0.95
w:eruit|bekritiseren|1.78
w:eruit|prijzen|-0.73
w:ervan|gevoelsreflectie|0.94
w:ervan|argumenteren|-0.99
w:ervan|geruststellen|0.99
w:ervan|afleiden|0.87
w:ervaren|ondervragen|-0.99
w:ervaring|prijzen|1.7
w:ervoor|open-vraag|-1.0
w:ervoor|bevelen|1.84
w:ervoor|moraliseren|-0.98
w:evalueren|samenvatting|-0.79
w:evalueren|bedanken|-0.48
w:even|ik-boodschap|-1.73
w:even|jij-boodschap|-1.93
w:even|parafrase|-1.78
w:even|gevoelsreflectie|0.88
w:even|samenvatting|2.89
w:even|open-vraag|-1.17
w:even|aanmoediging|0.26
w:even|bevelen|1.27
w:even|waarschuwen|-0.99
w:even|argumenteren|-1.95
w:even|bekritiseren|-0.77
w:even|interpreteren|-0.91
w:even|afleiden|0.96
w:even|afronding-aankondigen|-0.9
w:even|bedanken|-1.04
w:examen|open-vraag|-0.95
w:examen|argumenteren|1.0
w:examen|afleiden|-1.0
w:examenreglement|argumenteren|0.95
w:examenreglement|etiketteren|-0.95
w:examens|bevelen|-0.95
w:examens|geruststellen|0.95
w:excursie|prijzen|0.99
w:excursie|interpreteren|-0.91
w:excursieformulier|ik-boodschap|0.99
w:excuses|jij-boodschap|-0.97
w:excuses|bevelen|0.83
w:excuses|waarschuwen|-0.99
w:excuses|afleiden|-1.0
w:expres|geruststellen|-0.77
w:extra|samenvatting|0.8
w:extra|adviseren|-0.81
w:extra|bekritiseren|-0.98
w:extra|prijzen|0.81
w:extra|etiketteren|-0.93
w:extra|interpreteren|0.99
w:faalangst|interpreteren|1.95
w:falen|bekritiseren|-0.72
w:falen|interpreteren|0.93
w:familie|prijzen|-0.98
w:fatima|jij-boodschap|-0.97
w:fatsoenlijk|afleiden|-0.57
w:fay|open-vraag|0.97
w:feit|argumenteren|2.71
w:feiten|waarschuwen|-0.99
w:feiten|argumenteren|0.99
w:fenna|bekritiseren|-1.33
w:fiets|ondervragen|-0.98
w:fietst|ik-boodschap|-0.99
w:fijn|ik-boodschap|0.93
w:fijn|jij-boodschap|0.94
w:fijn|gevoelsreflectie|-0.8
w:fijn|prijzen|0.98
w:fijn|etiketteren|-0.61
w:fijn|bedanken|-0.74
w:fijne|bevelen|-0.96
w:fijne|etiketteren|-0.68
w:finn|open-vraag|-0.88
w:finn|prijzen|0.96
w:fleur|samenvatting|1.95
w:fleur|bedanken|0.89
w:flink|adviseren|-0.93
w:fout|jij-boodschap|-1.84
w:fout|bekritiseren|-1.84
w:fouten|argumenteren|0.95
w:frans|ik-boodschap|-0.93
w:frans|samenvatting|0.86
w:frans|open-vraag|-0.7
w:frustreert|gevoelsreflectie|-0.96
w:frustrerend|gevoelsreflectie|0.63
w:frustrerend|bekritiseren|-0.99
w:ga|ik-boodschap|-1.91
w:ga|gevoelsreflectie|-1.0
w:ga|open-vraag|-0.92
w:ga|aanmoediging|1.0
w:ga|bevelen|0.26
w:ga|moraliseren|-0.97
w:ga|argumenteren|-1.94
w:ga|bekritiseren|0.63
w:ga|etiketteren|-0.94
w:ga|geruststellen|-1.0
w:ga|ondervragen|-0.96
w:ga|afleiden|1.79
w:ga|vervolgafspraak|-1.86
w:ga|bedanken|-0.95
w:gaan|gevoelsreflectie|0.88
w:gaan|open-vraag|0.88
w:gaan|bevelen|-1.9
w:gaan|waarschuwen|-0.97
w:gaan|adviseren|0.95
w:gaan|bekritiseren|-0.44
w:gaan|prijzen|-0.99
w:gaan|geruststellen|-0.93
w:gaan|vervolgafspraak|-0.96
w:gaat|ik-boodschap|0.15
w:gaat|jij-boodschap|-0.97
w:gaat|parafrase|0.16
w:gaat|gevoelsreflectie|-0.98
w:gaat|samenvatting|1.02
w:gaat|open-vraag|0.38
w:gaat|aanmoediging|-1.0
w:gaat|adviseren|-1.04
w:gaat|argumenteren|-1.99
w:gaat|bekritiseren|-1.85
w:gaat|prijzen|1.04
w:gaat|etiketteren|-1.66
w:gaat|interpreteren|-0.87
w:gaat|geruststellen|1.89
w:gaat|ondervragen|-0.19
w:gaat|afleiden|-0.95
w:gaat|afronding-aankondigen|-0.94
w:gaf|jij-boodschap|-0.71
w:gaf|open-vraag|0.97
w:gaf|bekritiseren|-1.79
w:gaf|etiketteren|-0.95
w:gamen|jij-boodschap|0.83
w:gamen|open-vraag|-0.99
w:gamen|moraliseren|0.95
w:gamen|bekritiseren|1.78
w:gamen|prijzen|-0.96
w:gamen|interpreteren|-0.99
w:gamen|ondervragen|0.86
w:gamet|adviseren|1.0
w:gamet|bekritiseren|1.82
w:gamet|etiketteren|-1.0
w:gang|open-vraag|-0.98
w:gang|bevelen|-0.91
w:gang|waarschuwen|0.94
w:gang|adviseren|0.98
w:gang|bekritiseren|-0.44
w:gangpad|ik-boodschap|-0.5
w:gapen|ik-boodschap|0.93
w:gaten|samenvatting|0.96
w:gaten|geruststellen|0.65
w:gaten|vervolgafspraak|0.96
w:gebeld|gevoelsreflectie|-0.73
w:gebeld|bekritiseren|1.69
w:gebeld|interpreteren|-0.99
w:gebeurd|ik-boodschap|0.93
w:gebeurd|gevoelsreflectie|-0.81
w:gebeurd|open-vraag|0.69
w:gebeuren|geruststellen|1.88
w:gebeurt|ik-boodschap|-0.9
w:gebeurt|parafrase|-0.92
w:gebeurt|gevoelsreflectie|-1.85
w:gebeurt|waarschuwen|0.96
w:gebeurt|moraliseren|-0.95
w:gebeurt|argumenteren|-0.95
w:gebeurt|bekritiseren|1.21
w:gebeurt|geruststellen|0.72
w:gebeurt|afleiden|-0.81
w:gebouw|argumenteren|-0.91
w:gebouw|afleiden|0.98
w:gebruiken|open-vraag|-1.63
w:gecontroleerd|interpreteren|-0.91
w:gecontroleerd|ondervragen|0.95
w:gedaan|jij-boodschap|-3.45
w:gedaan|parafrase|-0.99
w:gedaan|bevelen|-1.0
w:gedaan|bekritiseren|-2.44
w:gedaan|afleiden|-1.0
w:gedoe|parafrase|0.91
w:gedoe|open-vraag|-0.92
w:gedoe|etiketteren|1.57
w:gedoe|geruststellen|-0.95
w:gedoe|afleiden|1.75
w:gedraagt|jij-boodschap|0.98
w:gedraagt|bekritiseren|0.98
w:gedrag|bevelen|0.99
w:gedrag|adviseren|-0.92
w:gedrag|argumenteren|-0.96
w:gedrag|etiketteren|0.94
w:gedrag|interpreteren|0.99
w:gedrag|geruststellen|-0.95
w:gedragen|moraliseren|1.0
w:gedragen|prijzen|1.0
w:geduld|vervolgafspraak|0.94
w:geduldige|adviseren|-0.83
w:geduwd|gevoelsreflectie|0.86
w:geef|bekritiseren|0.96
w:geeft|parafrase|0.98
w:geeft|bevelen|-0.91
w:geeft|bekritiseren|0.55
w:geen|ik-boodschap|2.02
w:geen|jij-boodschap|0.28
w:geen|gevoelsreflectie|0.76
w:geen|samenvatting|0.86
w:geen|open-vraag|1.69
w:geen|aanmoediging|-0.97
w:geen|waarschuwen|-0.81
w:geen|moraliseren|-1.89
w:geen|adviseren|-0.96
w:geen|argumenteren|-0.75
w:geen|bekritiseren|-0.77
w:geen|prijzen|-0.14
w:geen|etiketteren|-0.95
w:geen|interpreteren|-0.99
w:geen|geruststellen|-0.89
w:geen|ondervragen|-0.96
w:geen|afleiden|-0.99
w:geen|afronding-aankondigen|-1.0
w:gefrustreerd|vervolgafspraak|-0.97
w:gegaan|jij-boodschap|-0.94
w:gegevens|vervolgafspraak|-0.97
w:gehad|jij-boodschap|-0.89
w:gehad|gevoelsreflectie|0.94
w:gehad|samenvatting|0.99
w:gehad|argumenteren|-0.91
w:gehad|bekritiseren|-0.93
w:gehad|vervolgafspraak|0.98
w:geholpen|bekritiseren|-1.08
w:gehoopt|gevoelsreflectie|0.92
w:gehoord|gevoelsreflectie|0.85
w:gehoord|waarschuwen|-0.99
w:gehoord|afleiden|-0.96
w:gehouden|jij-boodschap|0.73
w:gehouden|gevoelsreflectie|1.0
w:geirriteerd|aanmoediging|-0.99
w:gekeken|jij-boodschap|0.97
w:gekomen|ik-boodschap|1.0
w:gekomen|jij-boodschap|-1.0
w:gekomen|parafrase|0.93
w:gekomen|gevoelsreflectie|-0.84
w:gekomen|samenvatting|0.93
w:gekomen|adviseren|-0.97
w:gekomen|bekritiseren|-2.11
w:gekomen|prijzen|-0.97
w:gekomen|ondervragen|0.99
w:gekomen|vervolgafspraak|-0.94
w:gekomen|bedanken|0.63
w:gekozen|open-vraag|-0.92
w:gekregen|samenvatting|1.0
w:gekwetst|parafrase|0.91
w:gekwetst|prijzen|-0.91
w:gelaten|ik-boodschap|-0.93
w:gelaten|gevoelsreflectie|0.99
w:gelden|argumenteren|0.99
w:geldt|samenvatting|-0.93
w:gelezen|gevoelsreflectie|-0.86
w:gelezen|bekritiseren|0.77
w:gelezen|ondervragen|0.97
w:gelijk|argumenteren|0.95
w:gelijk|geruststellen|-1.0
w:geloof|samenvatting|-0.96
w:gemaakt|ik-boodschap|-0.97
w:gemaakt|argumenteren|0.75
w:gemaakt|etiketteren|-0.91
w:gemaakt|geruststellen|-0.97
w:gemaakt|ondervragen|0.97
w:gemaakt|afronding-aankondigen|-0.91
w:gemaild|argumenteren|0.64
w:gemaild|bekritiseren|-0.74
w:gemeld|ik-boodschap|-1.0
w:gemeld|jij-boodschap|1.0
w:gemeld|bekritiseren|1.0
w:gemeld|ondervragen|1.94
w:gemeld|afleiden|-0.96
w:gemengde|adviseren|-0.9
w:gemerkt|ik-boodschap|0.96
w:gemerkt|bevelen|-0.84
w:gemerkt|ondervragen|-0.95
w:gemiddeld|samenvatting|-0.86
w:gemiddeld|argumenteren|1.28
w:gemiddelde|ik-boodschap|0.94
w:gemiddelde|jij-boodschap|-0.43
w:gemiddelde|bekritiseren|-0.94
w:gemist|ik-boodschap|0.74
w:gemist|aanmoediging|-0.97
w:gemist|moraliseren|-1.0
w:gemist|bekritiseren|1.0
w:gemist|prijzen|-1.0
w:gemotiveerd|bekritiseren|-1.58
w:genegeerd|samenvatting|-0.9
w:genoeg|waarschuwen|-1.0
w:genoeg|afleiden|1.0
w:genomen|gevoelsreflectie|0.96
w:genomen|bekritiseren|0.25
w:gepast|bekritiseren|1.46
w:gepest|interpreteren|1.92
w:geprobeerd|jij-boodschap|-1.0
w:geprobeerd|parafrase|-1.0
w:geprobeerd|gevoelsreflectie|-0.92
w:geprobeerd|samenvatting|-1.0
w:geprobeerd|bekritiseren|-1.0
w:geraakt|ik-boodschap|0.91
w:geraakt|parafrase|-0.91
w:gereageerd|jij-boodschap|0.92
w:gereageerd|bekritiseren|1.28
w:gerust|ik-boodschap|-1.0
w:gerust|parafrase|-0.91
w:gerust|gevoelsreflectie|0.88
w:gerust|open-vraag|-0.94
w:gerust|aanmoediging|0.88
w:gerust|adviseren|0.92
w:gerust|argumenteren|-0.63
w:gerust|interpreteren|-1.0
w:gerust|geruststellen|0.65
w:gerust|vervolgafspraak|-1.0
w:geschiedenis|parafrase|-0.99
w:geschorst|bevelen|0.47
w:geschorst|waarschuwen|1.0
w:geschrokken|ik-boodschap|1.64
w:geschrokken|gevoelsreflectie|0.98
w:geschrokken|open-vraag|0.17
w:geschrokken|argumenteren|0.91
w:geschrokken|bekritiseren|-0.91
w:geschrokken|geruststellen|-0.9
w:geschrokken|afleiden|-0.91
w:geslagen|moraliseren|1.0
w:geslagen|argumenteren|-1.0
w:geslagen|interpreteren|-0.82
w:gespannen|parafrase|-0.91
w:gesprek|ik-boodschap|-0.25
w:gesprek|jij-boodschap|-2.64
w:gesprek|gevoelsreflectie|1.51
w:gesprek|samenvatting|0.84
w:gesprek|bevelen|-0.46
w:gesprek|waarschuwen|0.93
w:gesprek|adviseren|-0.95
w:gesprek|bekritiseren|-1.62
w:gesprek|prijzen|-0.98
w:gesprek|geruststellen|-1.0
w:gesprek|ondervragen|0.96
w:gesprek|afronding-aankondigen|0.93
w:gesprek|vervolgafspraak|-0.17
w:gesprek|bedanken|-1.06
w:gesproken|vervolgafspraak|-0.94
w:gestegen|gevoelsreflectie|-0.92
w:gesteund|parafrase|0.91
w:gestrest|gevoelsreflectie|0.97
w:gestrest|adviseren|0.97
w:gestuurd|bekritiseren|-0.79
w:gevallen|ik-boodschap|0.86
w:geven|ik-boodschap|-0.99
w:geven|gevoelsreflectie|-0.94
w:geven|aanmoediging|-0.97
w:geven|waarschuwen|-0.88
w:geven|moraliseren|0.95
w:geven|adviseren|-0.93
w:geven|bekritiseren|-0.32
w:gevoel|gevoelsreflectie|-0.96
w:gevoel|bedanken|-0.75
w:gevolgen|moraliseren|0.91
w:gewacht|bekritiseren|0.9
w:geweest|gevoelsreflectie|2.48
w:geweest|open-vraag|-0.99
w:geweest|bekritiseren|0.17
w:geweest|etiketteren|-0.89
w:geweldige|bekritiseren|2.68
w:geweldige|prijzen|0.97
w:geweldige|bedanken|-3.41
w:gewend|geruststellen|0.92
w:gewerkt|bekritiseren|-0.9
w:gewogen|argumenteren|0.96
w:gewoon|ik-boodschap|-0.99
w:gewoon|jij-boodschap|1.04
w:gewoon|gevoelsreflectie|0.97
w:gewoon|samenvatting|-1.96
w:gewoon|bevelen|-1.24
w:gewoon|waarschuwen|-1.76
w:gewoon|moraliseren|1.8
w:gewoon|adviseren|1.96
w:gewoon|bekritiseren|-3.71
w:gewoon|etiketteren|0.86
w:gewoon|interpreteren|2.05
w:gewoon|geruststellen|1.91
w:gewoon|ondervragen|-1.94
w:geworden|etiketteren|0.98
w:geworden|ondervragen|-0.95
w:gezakt|ik-boodschap|0.71
w:gezakt|open-vraag|0.92
w:gezegd|ik-boodschap|-1.0
w:gezegd|open-vraag|-0.97
w:gezegd|interpreteren|-1.0
w:gezegd|geruststellen|-1.94
w:gezegd|vervolgafspraak|-1.0
w:gezien|jij-boodschap|-0.43
w:gezien|parafrase|1.0
w:gezien|samenvatting|-1.0
w:gezien|open-vraag|-1.0
w:gezien|aanmoediging|-0.9
w:gezien|bekritiseren|-1.43
w:gezien|interpreteren|0.92
w:gezien|ondervragen|-0.96
w:gezin|geruststellen|-0.93
w:gijs|ik-boodschap|0.98
w:gijs|vervolgafspraak|-0.98
w:ging|jij-boodschap|-0.94
w:gisteren|ik-boodschap|2.67
w:gisteren|gevoelsreflectie|-0.94
w:gisteren|aanmoediging|-0.9
w:goed|ik-boodschap|-1.57
w:goed|parafrase|1.97
w:goed|gevoelsreflectie|0.88
w:goed|samenvatting|-2.0
w:goed|open-vraag|-1.86
w:goed|aanmoediging|-0.96
w:goed|bevelen|-0.92
w:goed|waarschuwen|-1.87
w:goed|adviseren|-1.91
w:goed|argumenteren|-0.99
w:goed|bekritiseren|-1.09
w:goed|prijzen|0.89
w:goed|etiketteren|-0.93
w:goed|interpreteren|-1.85
w:goed|geruststellen|1.62
w:goed|afleiden|-0.6
w:goed|afronding-aankondigen|-0.94
w:goed|vervolgafspraak|-2.86
w:goed|bedanken|-0.22
w:goede|moraliseren|1.92
w:goede|argumenteren|-0.63
w:goedemiddag|gevoelsreflectie|-0.8
w:goedemiddag|bekritiseren|0.96
w:goedkomt|geruststellen|0.99
w:graag|parafrase|0.99
w:graag|samenvatting|-0.74
w:graag|afleiden|-0.97
w:grapjes|ik-boodschap|-0.93
w:grapjes|interpreteren|0.93
w:grappen|samenvatting|-0.96
w:grenzen|bevelen|-0.91
w:grenzen|moraliseren|0.95
w:grenzen|bekritiseren|0.95
w:grijpen|adviseren|1.0
w:grijpen|bekritiseren|0.85
w:grijpen|etiketteren|-1.0
w:groep|ik-boodschap|-1.87
w:groep|jij-boodschap|1.92
w:groep|gevoelsreflectie|0.94
w:groep|bekritiseren|-0.47
w:groep|etiketteren|0.93
w:groepjes|jij-boodschap|-0.83
w:groepsapp|samenvatting|0.93
w:groepsapp|geruststellen|-0.95
w:groepsapp|afleiden|0.95
w:groepsgenoten|jij-boodschap|0.98
w:groepsgenoten|bekritiseren|0.98
w:groepsopdracht|ik-boodschap|0.88
w:groepsopdracht|gevoelsreflectie|-0.88
w:groot|geruststellen|-0.93
w:grote|bekritiseren|0.83
w:grote|etiketteren|0.91
w:grote|geruststellen|-0.92
w:grote|afleiden|-0.66
w:grote|vervolgafspraak|-0.91
w:gym|ik-boodschap|0.94
w:gym|waarschuwen|-0.99
w:gymdocent|jij-boodschap|-0.71
w:gymdocent|open-vraag|0.97
w:gymdocent|bekritiseren|-1.79
w:gymdocent|vervolgafspraak|0.96
w:gymkleren|bevelen|0.95
w:gymles|ik-boodschap|0.93
w:gymles|gevoelsreflectie|0.9
w:gymspullen|open-vraag|-1.0
w:haalde|samenvatting|-0.86
w:haalde|argumenteren|0.98
w:haalde|etiketteren|-0.93
w:haalt|moraliseren|-1.0
w:haalt|argumenteren|1.51
w:haalt|bekritiseren|-1.0
w:haalt|etiketteren|-0.96
w:haalt|geruststellen|2.3
w:haar|ik-boodschap|2.22
w:haar|jij-boodschap|-0.75
w:haar|gevoelsreflectie|0.12
w:haar|samenvatting|-0.5
w:haar|open-vraag|-1.21
w:haar|moraliseren|-0.98
w:haar|adviseren|2.88
w:haar|bekritiseren|-4.07
w:haar|etiketteren|-0.93
w:haar|interpreteren|0.94
w:haar|geruststellen|-0.67
w:haar|afleiden|-2.0
w:had|ik-boodschap|-1.85
w:had|parafrase|1.92
w:had|gevoelsreflectie|0.92
w:had|open-vraag|-0.36
w:had|bevelen|-0.98
w:had|adviseren|-1.99
w:had|argumenteren|0.95
w:had|bekritiseren|1.01
w:had|geruststellen|-0.97
w:hadden|bekritiseren|0.72
w:haha|afleiden|0.91
w:halen|open-vraag|-0.95
w:halen|bevelen|-0.95
w:halen|argumenteren|1.0
w:halen|prijzen|0.96
w:halen|geruststellen|0.95
w:halen|afleiden|-1.0
w:half|ik-boodschap|-0.98
w:half|gevoelsreflectie|0.97
w:half|adviseren|0.97
w:half|afronding-aankondigen|0.95
w:half|vervolgafspraak|1.81
w:half|bedanken|0.55
w:halverwege|ik-boodschap|0.67
w:hand|jij-boodschap|0.71
w:hand|bekritiseren|0.86
w:hand|geruststellen|-0.99
w:handen|argumenteren|-0.63
w:handige|bekritiseren|0.59
w:hard|bekritiseren|-0.9
w:hardop|adviseren|1.0
w:hardop|bekritiseren|-1.0
w:hartelijk|bedanken|0.99
w:he|bekritiseren|-0.64
w:he|afleiden|1.89
w:heb|jij-boodschap|0.56
w:heb|parafrase|-1.9
w:heb|gevoelsreflectie|-0.86
w:heb|samenvatting|-1.0
w:heb|aanmoediging|0.67
w:heb|bevelen|-0.84
w:heb|waarschuwen|-1.91
w:heb|moraliseren|0.93
w:heb|adviseren|-0.92
w:heb|bekritiseren|0.11
w:heb|interpreteren|0.98
w:heb|geruststellen|-0.94
w:heb|ondervragen|0.97
w:heb|vervolgafspraak|-0.94
w:hebben|ik-boodschap|-1.99
w:hebben|jij-boodschap|-0.88
w:hebben|samenvatting|-0.94
w:hebben|open-vraag|-0.97
w:hebben|bevelen|-0.88
w:hebben|moraliseren|0.92
w:hebben|argumenteren|-0.95
w:hebben|bekritiseren|0.79
w:hebben|prijzen|-0.98
w:hebben|interpreteren|-0.91
w:hebben|geruststellen|0.94
w:hebben|afleiden|2.64
w:hebben|afronding-aankondigen|-1.87
w:hebben|vervolgafspraak|-0.95
w:hebt|ik-boodschap|1.05
w:hebt|jij-boodschap|1.74
w:hebt|gevoelsreflectie|-0.87
w:hebt|samenvatting|-0.95
w:hebt|bevelen|-1.0
w:hebt|argumenteren|-0.92
w:hebt|bekritiseren|2.4
w:hebt|prijzen|-1.0
w:hebt|interpreteren|-0.81
w:hebt|afleiden|-1.0
w:hebt|afronding-aankondigen|-1.88
w:heeft|ik-boodschap|1.03
w:heeft|jij-boodschap|-2.31
w:heeft|parafrase|0.91
w:heeft|samenvatting|0.97
w:heeft|open-vraag|-1.0
w:heeft|aanmoediging|-1.87
w:heeft|bevelen|0.89
w:heeft|waarschuwen|-1.0
w:heeft|moraliseren|-2.82
w:heeft|adviseren|-0.96
w:heeft|argumenteren|-0.85
w:heeft|bekritiseren|-0.44
w:heeft|prijzen|-0.26
w:heeft|etiketteren|-0.91
w:heeft|interpreteren|0.92
w:heeft|geruststellen|0.75
w:heeft|ondervragen|0.83
w:heeft|afleiden|-1.89
w:heeft|vervolgafspraak|-1.0
w:heeft|bedanken|0.14
w:heel|jij-boodschap|0.98
w:heel|parafrase|0.98
w:heel|gevoelsreflectie|0.58
w:heel|open-vraag|-0.95
w:heel|bevelen|-1.0
w:heel|waarschuwen|-0.93
w:heel|argumenteren|1.51
w:heel|bekritiseren|1.63
w:heel|geruststellen|1.21
w:heel|afronding-aankondigen|-1.0
w:heel|vervolgafspraak|-0.85
w:heel|bedanken|-1.76
w:heen|parafrase|-0.99
w:heen|gevoelsreflectie|1.84
w:heen|open-vraag|1.0
w:heen|adviseren|-1.0
w:heft|jij-boodschap|0.89
w:heft|bekritiseren|0.89
w:heftig|gevoelsreflectie|0.99
w:heftig|afleiden|-0.73
w:heftig|vervolgafspraak|-1.0
w:heimwee|interpreteren|0.91
w:heimwee|geruststellen|0.9
w:hek|bevelen|0.98
w:held|etiketteren|0.91
w:held|afleiden|-0.66
w:hele|ik-boodschap|-0.13
w:hele|jij-boodschap|1.32
w:hele|gevoelsreflectie|-0.94
w:hele|open-vraag|-0.62
w:hele|bevelen|0.94
w:hele|argumenteren|-0.99
w:hele|bekritiseren|-0.68
w:hele|etiketteren|0.95
w:helemaal|jij-boodschap|-1.37
w:helemaal|argumenteren|-0.99
w:helemaal|bekritiseren|-3.74
w:helemaal|geruststellen|1.04
w:helemaal|afleiden|-0.93
w:helft|open-vraag|-0.88
w:helpen|gevoelsreflectie|-1.85
w:helpen|open-vraag|0.95
w:helpen|bevelen|-0.99
w:helpen|adviseren|0.99
w:helpen|bekritiseren|-0.7
w:helpen|vervolgafspraak|0.91
w:helpt|jij-boodschap|-0.98
w:helpt|open-vraag|-0.97
w:helpt|moraliseren|-0.94
w:helpt|adviseren|1.91
w:helpt|vervolgafspraak|0.97
w:hem|ik-boodschap|1.09
w:hem|gevoelsreflectie|-1.12
w:hem|open-vraag|1.93
w:hem|aanmoediging|-0.97
w:hem|bevelen|1.28
w:hem|waarschuwen|1.07
w:hem|adviseren|2.97
w:hem|bekritiseren|1.52
w:hem|prijzen|1.06
w:hem|interpreteren|1.91
w:hem|geruststellen|-0.32
w:hem|vervolgafspraak|-1.08
w:herfstvakantie|ik-boodschap|1.0
w:herfstvakantie|jij-boodschap|-1.0
w:herfstvakantie|open-vraag|-1.0
w:herfstvakantie|bekritiseren|-1.96
w:herhalen|open-vraag|0.64
w:herkansing|ik-boodschap|0.74
w:herkansing|samenvatting|1.86
w:herkansing|argumenteren|0.95
w:herkansing|etiketteren|-0.95
w:herkansing|geruststellen|1.0
w:herkansing|vervolgafspraak|0.92
w:het|ik-boodschap|-1.24
w:het|jij-boodschap|-0.86
w:het|parafrase|-1.7
w:het|gevoelsreflectie|-0.23
w:het|samenvatting|0.86
w:het|open-vraag|-1.92
w:het|bevelen|-2.34
w:het|waarschuwen|-0.98
w:het|moraliseren|-0.97
w:het|adviseren|-0.13
w:het|argumenteren|0.1
w:het|bekritiseren|-0.99
w:het|prijzen|-2.04
w:het|etiketteren|-0.96
w:het|interpreteren|-1.67
w:het|geruststellen|-0.68
w:het|ondervragen|-0.81
w:het|afronding-aankondigen|0.9
w:het|vervolgafspraak|-0.19
w:het|bedanken|0.22
w:hetzelfde|ik-boodschap|0.93
w:hetzelfde|vervolgafspraak|-0.84
w:heus|geruststellen|2.88
w:hielp|ik-boodschap|1.79
w:hier|ik-boodschap|-1.93
w:hier|jij-boodschap|0.78
w:hier|samenvatting|-2.96
w:hier|bevelen|-1.94
w:hier|argumenteren|0.32
w:hier|bekritiseren|1.19
w:hier|prijzen|1.09
w:hier|etiketteren|-0.98
w:hier|interpreteren|-0.92
w:hier|geruststellen|-1.0
w:hier|afleiden|-0.49
w:hier|afronding-aankondigen|2.99
w:hier|vervolgafspraak|-1.89
w:hierbij|samenvatting|0.99
w:hierbij|afronding-aankondigen|1.89
w:hierdoor|adviseren|-0.93
w:hiermee|bevelen|0.97
w:hiermee|waarschuwen|0.92
w:hiermee|geruststellen|-0.97
w:hij|ik-boodschap|-0.96
w:hij|jij-boodschap|-1.42
w:hij|gevoelsreflectie|-1.19
w:hij|samenvatting|3.58
w:hij|open-vraag|-1.39
w:hij|aanmoediging|-2.28
w:hij|bevelen|-0.44
w:hij|waarschuwen|-0.78
w:hij|adviseren|-0.18
w:hij|argumenteren|0.44
w:hij|bekritiseren|-1.2
w:hij|prijzen|-0.86
w:hij|etiketteren|-1.98
w:hij|geruststellen|-1.01
w:hij|ondervragen|-0.95
w:hij|vervolgafspraak|-2.11
w:hij|bedanken|-0.48
w:hm|gevoelsreflectie|-1.76
w:hm|aanmoediging|2.0
w:hm|etiketteren|-2.0
w:hockeymoeder|etiketteren|0.99
w:hoe|jij-boodschap|-0.95
w:hoe|parafrase|-3.75
w:hoe|gevoelsreflectie|-2.05
w:hoe|samenvatting|-0.51
w:hoe|open-vraag|3.03
w:hoe|aanmoediging|-1.0
w:hoe|bevelen|-1.0
w:hoe|waarschuwen|-1.0
w:hoe|adviseren|-0.16
w:hoe|bekritiseren|-0.87
w:hoe|prijzen|-0.13
w:hoe|interpreteren|-2.0
w:hoe|geruststellen|0.92
w:hoe|ondervragen|-1.75
w:hoe|afleiden|1.01
w:hoe|afronding-aankondigen|-0.94
w:hoe|vervolgafspraak|1.92
w:hoe|bedanken|-0.87
w:hoeft|ik-boodschap|-1.0
w:hoeft|waarschuwen|-0.81
w:hoeft|moraliseren|-0.86
w:hoeft|bekritiseren|-0.5
w:hoeft|interpreteren|-0.97
w:hoeft|geruststellen|1.96
w:hoeft|afleiden|1.71
w:hoeveel|bevelen|-0.73
w:hoeveel|waarschuwen|-0.94
w:hoeveel|moraliseren|-1.0
w:hoeveel|bekritiseren|1.0
w:hoeveel|prijzen|-1.0
w:hoezo|ondervragen|0.99
w:hoi|jij-boodschap|-0.8
w:hoi|bevelen|-1.42
w:hoi|bekritiseren|-0.8
w:hoi|geruststellen|-0.79
w:hoofd|gevoelsreflectie|-0.79
w:hoofd|open-vraag|0.97
w:hoofd|bekritiseren|0.83
w:hoofdstuk|waarschuwen|-0.93
w:hoog|adviseren|-0.98
w:hoog|bekritiseren|0.1
w:hoogte|gevoelsreflectie|1.0
w:hoogte|prijzen|0.99
w:hoogte|geruststellen|-0.99
w:hoogte|ondervragen|0.99
w:hoogte|bedanken|0.95
w:hoor|parafrase|0.82
w:hoor|gevoelsreflectie|-0.16
w:hoor|samenvatting|-1.0
w:hoor|aanmoediging|1.65
w:hoor|bevelen|-0.97
w:hoor|moraliseren|1.0
w:hoor|adviseren|-1.97
w:hoor|argumenteren|0.65
w:hoor|prijzen|1.85
w:hoor|etiketteren|-0.93
w:hoor|geruststellen|1.66
w:hoor|ondervragen|0.95
w:hoor|afleiden|-1.47
w:hoor|vervolgafspraak|-0.91
w:hoor|bedanken|-0.98
w:hoorde|prijzen|-1.0
w:hoort|jij-boodschap|-1.0
w:hoort|bevelen|-1.94
w:hoort|moraliseren|4.89
w:hoort|adviseren|-1.0
w:hoort|argumenteren|-1.92
w:hoort|bekritiseren|-3.56
w:hoort|prijzen|-1.0
w:hoort|etiketteren|-0.99
w:hoort|interpreteren|-1.79
w:horen|ik-boodschap|0.93
w:horen|parafrase|0.91
w:horen|adviseren|-0.98
w:horen|bekritiseren|-1.8
w:horen|prijzen|-0.91
w:horen|etiketteren|-0.61
w:horen|geruststellen|-1.0
w:horen|vervolgafspraak|0.93
w:hou|jij-boodschap|-1.0
w:hou|bevelen|1.94
w:hou|moraliseren|-1.0
w:hou|bekritiseren|-0.35
w:houd|bedanken|0.95
w:houden|samenvatting|0.96
w:houden|aanmoediging|-0.91
w:houden|bevelen|0.47
w:houden|moraliseren|0.99
w:houden|argumenteren|0.65
w:houden|bekritiseren|0.33
w:houden|geruststellen|-0.96
w:houden|afronding-aankondigen|-0.93
w:houden|vervolgafspraak|0.96
w:houding|jij-boodschap|-0.98
w:houding|moraliseren|-0.94
w:houdt|jij-boodschap|-0.71
w:houdt|bekritiseren|-1.79
w:houdt|geruststellen|0.65
w:huis|ik-boodschap|-0.99
w:huis|open-vraag|-1.71
w:huis|waarschuwen|-0.89
w:huis|moraliseren|0.98
w:huis|bekritiseren|-0.98
w:huis|afleiden|0.97
w:huisarts|ik-boodschap|1.0
w:huisarts|jij-boodschap|-0.96
w:huisarts|gevoelsreflectie|0.85
w:huisarts|samenvatting|0.93
w:huisarts|adviseren|1.0
w:huisarts|vervolgafspraak|0.93
w:huiswerk|ik-boodschap|1.83
w:huiswerk|jij-boodschap|-1.0
w:huiswerk|parafrase|-0.9
w:huiswerk|samenvatting|1.87
w:huiswerk|open-vraag|1.01
w:huiswerk|aanmoediging|-1.0
w:huiswerk|waarschuwen|1.0
w:huiswerk|moraliseren|1.99
w:huiswerk|argumenteren|-1.88
w:huiswerk|prijzen|-1.0
w:huiswerk|etiketteren|-0.95
w:huiswerk|interpreteren|-0.99
w:huiswerk|geruststellen|-1.92
w:huiswerk|ondervragen|1.92
w:huiswerk|afleiden|-1.0
w:huiswerk|vervolgafspraak|0.92
w:huiswerk|bedanken|0.89
w:huiswerkbegeleiding|adviseren|0.99
w:huiswerkklas|samenvatting|1.83
w:huiswerkklas|bevelen|-0.94
w:huiswerkklas|waarschuwen|-0.97
w:huiswerkklas|adviseren|0.97
w:huiswerkmoment|prijzen|-0.87
w:huiswerkopdracht|ik-boodschap|1.0
w:huiswerkopdracht|jij-boodschap|-1.0
w:huiswerkopdracht|bekritiseren|-1.0
w:huiswerkritme|prijzen|0.85
w:huiswerktijd|ik-boodschap|0.93
w:huiswerktijd|adviseren|0.93
w:huiswerktijd|vervolgafspraak|0.93
w:huiswerkuur|adviseren|1.0
w:hulp|adviseren|0.86
w:hulp|bekritiseren|-0.98
w:hulp|prijzen|0.72
w:hulp|afronding-aankondigen|-0.94
w:hun|ik-boodschap|1.77
w:hun|parafrase|-0.99
w:hun|moraliseren|0.95
w:hun|adviseren|-1.99
w:hun|geruststellen|-1.0
w:hysterisch|bevelen|0.96
w:hè|ik-boodschap|-0.71
w:hè|gevoelsreflectie|0.88
w:hé|afleiden|-0.77
w:idee|ik-boodschap|-0.93
w:idee|jij-boodschap|-0.96
w:idee|parafrase|-0.91
w:idee|waarschuwen|-1.0
w:idee|prijzen|-0.98
w:idee|interpreteren|0.96
w:idee|geruststellen|-0.97
w:iedereen|jij-boodschap|0.95
w:iedereen|samenvatting|-0.95
w:iedereen|bekritiseren|1.08
w:iedereen|geruststellen|-1.65
w:iedereen|afleiden|1.75
w:iemand|jij-boodschap|-1.69
w:iemand|parafrase|-0.99
w:iemand|bevelen|-1.0
w:iemand|waarschuwen|-0.99
w:iemand|moraliseren|1.97
w:iemand|argumenteren|-1.0
w:iemand|bekritiseren|-2.0
w:iemand|interpreteren|-0.82
w:iemand|afleiden|-1.0
w:iemand|afronding-aankondigen|-0.99
w:iets|ik-boodschap|0.96
w:iets|jij-boodschap|-1.95
w:iets|gevoelsreflectie|-1.01
w:iets|open-vraag|-1.0
w:iets|bevelen|-0.99
w:iets|waarschuwen|-0.98
w:iets|moraliseren|-0.93
w:iets|bekritiseren|-1.01
w:iets|etiketteren|-0.99
w:iets|geruststellen|-0.61
w:iets|afleiden|1.87
w:iets|vervolgafspraak|1.0
w:ik|ik-boodschap|2.82
w:ik|jij-boodschap|-0.71
w:ik|parafrase|-0.89
w:ik|gevoelsreflectie|-1.87
w:ik|samenvatting|-2.2
w:ik|open-vraag|-1.07
w:ik|aanmoediging|0.7
w:ik|bevelen|-1.52
w:ik|waarschuwen|0.73
w:ik|moraliseren|-1.02
w:ik|adviseren|1.79
w:ik|argumenteren|-3.54
w:ik|bekritiseren|-0.91
w:ik|prijzen|-1.0
w:ik|etiketteren|-2.0
w:ik|interpreteren|-1.78
w:ik|geruststellen|-1.91
w:ik|ondervragen|-0.95
w:ik|afleiden|-1.88
w:ik|vervolgafspraak|2.69
w:ik|bedanken|-0.45
w:ilias|waarschuwen|-0.99
w:in|ik-boodschap|0.43
w:in|jij-boodschap|1.15
w:in|parafrase|-1.02
w:in|gevoelsreflectie|-1.04
w:in|samenvatting|0.7
w:in|open-vraag|-0.69
w:in|aanmoediging|-1.0
w:in|bevelen|0.13
w:in|waarschuwen|0.88
w:in|moraliseren|-0.11
w:in|adviseren|-0.9
w:in|argumenteren|0.32
w:in|bekritiseren|-0.67
w:in|prijzen|0.78
w:in|etiketteren|-2.93
w:in|interpreteren|-2.93
w:in|geruststellen|-0.23
w:in|ondervragen|-1.97
w:in|afleiden|0.92
w:in|afronding-aankondigen|-1.03
w:in|vervolgafspraak|-1.07
w:in|bedanken|-1.64
w:incident|open-vraag|-0.99
w:incident|waarschuwen|0.99
w:incident|afleiden|0.95
w:indruk|interpreteren|1.0
w:informatie|gevoelsreflectie|-0.73
w:ingeleverd|ik-boodschap|1.93
w:ingeleverd|jij-boodschap|-0.43
w:ingeleverd|argumenteren|1.6
w:ingeleverd|bekritiseren|-0.94
w:ingelevert|ik-boodschap|1.0
w:ingelevert|jij-boodschap|-1.0
w:ingelevert|bekritiseren|-1.0
w:ingelicht|gevoelsreflectie|0.98
w:ingezet|jij-boodschap|0.89
w:ingezet|bekritiseren|0.89
w:inhalen|ik-boodschap|0.99
w:inlevert|waarschuwen|0.97
w:inschrijven|ik-boodschap|0.99
w:instelling|bekritiseren|0.99
w:instelling|etiketteren|-0.99
w:intern|afronding-aankondigen|-0.98
w:internet|moraliseren|0.97
w:invallers|bekritiseren|0.59
w:inzet|bekritiseren|1.75
w:inzet|bedanken|-1.81
w:iris|waarschuwen|-0.87
w:irritant|bekritiseren|0.88
w:irriteert|samenvatting|-1.0
w:irriteert|vervolgafspraak|-1.0
w:is|ik-boodschap|-0.87
w:is|jij-boodschap|0.27
w:is|gevoelsreflectie|-2.09
w:is|samenvatting|0.18
w:is|aanmoediging|-1.0
w:is|bevelen|-0.17
w:is|waarschuwen|-1.94
w:is|moraliseren|-1.07
w:is|adviseren|-0.92
w:is|argumenteren|2.16
w:is|bekritiseren|-1.33
w:is|interpreteren|0.9
w:is|geruststellen|-1.58
w:is|ondervragen|-0.96
w:is|afleiden|-1.85
w:is|vervolgafspraak|-1.06
w:is|bedanken|-1.98
w:ja|gevoelsreflectie|-1.95
w:ja|aanmoediging|0.15
w:ja|waarschuwen|-1.0
w:ja|argumenteren|-0.99
w:ja|bekritiseren|-0.88
w:ja|prijzen|-0.98
w:ja|ondervragen|-0.97
w:ja|afleiden|1.25
w:jaar|ik-boodschap|-0.94
w:jaar|gevoelsreflectie|-0.92
w:jaar|moraliseren|-1.0
w:jaar|prijzen|-1.84
w:jaar|geruststellen|-0.99
w:jaarplanning|argumenteren|0.99
w:jaloers|etiketteren|-0.95
w:jammer|ik-boodschap|2.72
w:jammer|gevoelsreflectie|-0.88
w:jammer|open-vraag|1.0
w:jammer|adviseren|0.93
w:jammer|vervolgafspraak|0.91
w:jansen|bekritiseren|-1.8
w:januari|samenvatting|-1.0
w:januari|geruststellen|-1.0
w:jara|jij-boodschap|-0.83
w:jayden|jij-boodschap|-0.71
w:jayden|parafrase|0.12
w:jayden|open-vraag|0.97
w:jayden|bekritiseren|-1.79
w:je|ik-boodschap|-0.78
w:je|jij-boodschap|-0.96
w:je|parafrase|-1.21
w:je|gevoelsreflectie|-1.4
w:je|open-vraag|-0.73
w:je|aanmoediging|-1.03
w:je|bevelen|-1.02
w:je|waarschuwen|-0.81
w:je|moraliseren|1.71
w:je|adviseren|-0.23
w:je|argumenteren|-0.26
w:je|bekritiseren|-0.62
w:je|prijzen|-1.57
w:je|etiketteren|-0.9
w:je|interpreteren|0.87
w:je|geruststellen|-0.88
w:je|ondervragen|0.94
w:je|afleiden|-1.21
w:je|afronding-aankondigen|-1.96
w:je|vervolgafspraak|-0.86
w:jesse|samenvatting|-0.88
w:jesse|bekritiseren|-0.96
w:jezelf|ik-boodschap|0.97
w:jezelf|geruststellen|-0.97
w:jij|ik-boodschap|0.18
w:jij|jij-boodschap|2.83
w:jij|parafrase|-1.0
w:jij|samenvatting|-2.06
w:jij|open-vraag|0.67
w:jij|waarschuwen|-0.11
w:jij|moraliseren|-0.63
w:jij|adviseren|-1.62
w:jij|argumenteren|-1.93
w:jij|bekritiseren|2.45
w:jij|prijzen|0.91
w:jij|interpreteren|-1.81
w:jij|geruststellen|0.14
w:jij|ondervragen|-1.98
w:joep|jij-boodschap|0.97
w:joep|waarschuwen|0.87
w:joep|bekritiseren|1.99
w:joep|prijzen|-0.73
w:joh|gevoelsreflectie|0.94
w:joh|adviseren|-0.99
w:joh|geruststellen|0.96
w:joh|afleiden|0.95
w:jonas|open-vraag|-0.96
w:jongen|jij-boodschap|-0.81
w:jongen|moraliseren|-0.81
w:jongen|bekritiseren|-1.12
w:jongen|prijzen|0.96
w:jongen|etiketteren|1.0
w:jou|ik-boodschap|0.88
w:jou|jij-boodschap|0.95
w:jou|gevoelsreflectie|-0.87
w:jou|samenvatting|-0.95
w:jou|open-vraag|1.63
w:jou|waarschuwen|-0.97
w:jou|adviseren|0.97
w:jou|bekritiseren|0.24
w:jou|prijzen|-1.0
w:jou|interpreteren|0.99
w:jou|afleiden|-0.92
w:jouw|moraliseren|0.99
w:jouw|adviseren|0.97
w:jouw|interpreteren|-0.96
w:juist|parafrase|0.98
w:jullie|ik-boodschap|1.9
w:jullie|jij-boodschap|1.46
w:jullie|parafrase|-0.9
w:jullie|open-vraag|0.96
w:jullie|bevelen|0.89
w:jullie|waarschuwen|-0.92
w:jullie|moraliseren|-0.98
w:jullie|adviseren|-0.9
w:jullie|bekritiseren|1.68
w:jullie|prijzen|0.86
w:jullie|etiketteren|-2.0
w:jullie|bedanken|0.76
w:kader|adviseren|-0.9
w:kalm|bevelen|0.99
w:kalm|bedanken|-0.99
w:kamer|ik-boodschap|0.93
w:kamp|ik-boodschap|-0.71
w:kamp|gevoelsreflectie|0.88
w:kamp|waarschuwen|0.97
w:kamp|bekritiseren|-0.9
w:kamp|afleiden|0.95
w:kampweek|parafrase|-0.92
w:kampweek|samenvatting|0.9
w:kan|ik-boodschap|2.51
w:kan|jij-boodschap|-0.32
w:kan|parafrase|-1.89
w:kan|gevoelsreflectie|0.92
w:kan|open-vraag|-1.26
w:kan|aanmoediging|-0.97
w:kan|waarschuwen|-1.03
w:kan|bekritiseren|-1.15
w:kan|prijzen|0.97
w:kan|etiketteren|-0.91
w:kan|interpreteren|-1.94
w:kan|geruststellen|-0.86
w:kan|bedanken|-0.99
w:kans|ik-boodschap|0.98
w:kans|samenvatting|0.8
w:kant|samenvatting|-0.99
w:kant|bekritiseren|0.85
w:kantoor|bedanken|-1.0
w:kast|adviseren|0.9
w:kast|argumenteren|-0.99
w:keer|ik-boodschap|-1.83
w:keer|parafrase|-0.91
w:keer|gevoelsreflectie|-0.86
w:keer|samenvatting|-0.93
w:keer|open-vraag|0.95
w:keer|bevelen|-0.89
w:keer|moraliseren|-0.87
w:keer|adviseren|-1.9
w:keer|bekritiseren|-0.58
w:keer|prijzen|-0.99
w:keer|etiketteren|-1.85
w:keer|afronding-aankondigen|-0.98
w:keer|vervolgafspraak|0.96
w:kennen|moraliseren|0.9
w:kerst|parafrase|-0.94
w:kerst|adviseren|-0.99
w:kerst|geruststellen|0.99
w:keuken|ik-boodschap|-0.95
w:keuken|bekritiseren|-0.95
w:keulen|interpreteren|-0.91
w:keuze|bekritiseren|0.59
w:keuzevak|open-vraag|-0.92
w:kevin|ik-boodschap|0.86
w:kijk|jij-boodschap|-0.95
w:kijk|open-vraag|0.64
w:kijk|argumenteren|1.83
w:kijk|bekritiseren|-0.95
w:kijk|afleiden|-0.93
w:kijken|ik-boodschap|-0.93
w:kijken|samenvatting|0.94
w:kijken|open-vraag|-0.97
w:kijken|afronding-aankondigen|-0.94
w:kijken|vervolgafspraak|1.14
w:kijkt|ik-boodschap|-1.0
w:kijkt|jij-boodschap|-0.71
w:kijkt|parafrase|-0.91
w:kijkt|gevoelsreflectie|2.66
w:kijkt|samenvatting|-0.99
w:kijkt|open-vraag|0.97
w:kijkt|bekritiseren|-0.93
w:kijkt|interpreteren|-1.0
w:kijkt|ondervragen|1.0
w:kijkt|vervolgafspraak|-1.0
w:kind|moraliseren|2.86
w:kind|argumenteren|-0.64
w:kinderen|ik-boodschap|-0.99
w:kinderen|samenvatting|-0.99
w:kinderen|bevelen|-0.88
w:kinderen|moraliseren|0.99
w:kinderen|bekritiseren|0.97
w:kinderen|geruststellen|1.94
w:kinderen|afleiden|-0.99
w:klaar|ik-boodschap|-0.52
w:klaar|open-vraag|-0.96
w:klaar|bevelen|1.0
w:klager|etiketteren|0.99
w:klas|ik-boodschap|0.7
w:klas|jij-boodschap|-0.79
w:klas|gevoelsreflectie|-0.94
w:klas|samenvatting|-2.68
w:klas|open-vraag|0.93
w:klas|bevelen|0.82
w:klas|moraliseren|-0.99
w:klas|adviseren|-0.81
w:klas|argumenteren|0.16
w:klas|bekritiseren|-0.18
w:klas|prijzen|1.06
w:klas|etiketteren|-0.93
w:klas|ondervragen|-0.98
w:klas|afleiden|-0.91
w:klas|afronding-aankondigen|-0.99
w:klas|vervolgafspraak|-1.0
w:klasgenoot|ik-boodschap|0.86
w:klasgenoot|bekritiseren|0.28
w:klasgenoten|afleiden|-0.57
w:kleedkamer|afleiden|-0.92
w:kletsen|jij-boodschap|0.43
w:kleuter|jij-boodschap|1.72
w:kleuter|etiketteren|1.85
w:kleuterachtig|etiketteren|1.57
w:klieren|argumenteren|-0.99
w:klinkt|ik-boodschap|-0.93
w:klinkt|gevoelsreflectie|4.55
w:klinkt|open-vraag|1.35
w:klinkt|aanmoediging|-1.0
w:klinkt|adviseren|-1.0
w:klinkt|etiketteren|0.99
w:klinkt|afleiden|-0.73
w:klopt|ik-boodschap|-1.0
w:klopt|jij-boodschap|-1.0
w:klopt|parafrase|-1.0
w:klopt|gevoelsreflectie|-1.0
w:klopt|open-vraag|-1.95
w:klopt|aanmoediging|-1.0
w:klopt|bevelen|-1.0
w:klopt|waarschuwen|-1.0
w:klopt|moraliseren|-1.0
w:klopt|adviseren|-1.0
w:klopt|argumenteren|1.0
w:klopt|bekritiseren|-1.0
w:klopt|prijzen|-1.0
w:klopt|etiketteren|-1.0
w:klopt|interpreteren|-1.0
w:klopt|geruststellen|-1.0
w:klopt|ondervragen|-1.0
w:klopt|afleiden|-1.0
w:klopt|afronding-aankondigen|-1.0
w:klopt|vervolgafspraak|-1.0
w:klopt|bedanken|-1.0
w:kluisje|adviseren|-0.99
w:kluisjes|ik-boodschap|0.81
w:knap|prijzen|0.85
w:koffie|afleiden|0.95
w:kom|ik-boodschap|1.94
w:kom|jij-boodschap|-0.95
w:kom|bevelen|-0.99
w:kom|moraliseren|-0.98
w:kom|adviseren|-0.97
w:kom|argumenteren|0.95
w:kom|bekritiseren|-0.22
w:komen|moraliseren|-0.87
w:komen|adviseren|-1.0
w:komen|bekritiseren|-0.7
w:komen|prijzen|-1.92
w:komen|ondervragen|-0.98
w:komen|afleiden|-0.99
w:komst|samenvatting|0.95
w:komst|vervolgafspraak|-0.99
w:komst|bedanken|1.88
w:komt|ik-boodschap|-1.0
w:komt|jij-boodschap|1.06
w:komt|parafrase|-1.71
w:komt|open-vraag|1.76
w:komt|bevelen|-2.34
w:komt|argumenteren|-1.75
w:komt|bekritiseren|1.79
w:komt|prijzen|-0.96
w:komt|interpreteren|0.99
w:komt|geruststellen|3.03
w:komt|afleiden|-1.81
w:komt|vervolgafspraak|-1.93
w:kon|gevoelsreflectie|-0.86
w:kon|adviseren|0.93
w:kon|geruststellen|-0.97
w:kon|vervolgafspraak|0.93
w:kon|bedanken|0.26
w:kort|ik-boodschap|-0.96
w:kort|gevoelsreflectie|-0.73
w:kort|bekritiseren|-0.98
w:kortom|ik-boodschap|-1.0
w:kortom|jij-boodschap|1.72
w:kortom|parafrase|-1.0
w:kortom|gevoelsreflectie|-0.98
w:kortom|samenvatting|2.0
w:kortom|open-vraag|-1.7
w:kortom|bevelen|-1.98
w:kortom|bekritiseren|2.46
w:kortom|interpreteren|-1.0
w:kortom|geruststellen|-0.93
w:kortom|afronding-aankondigen|0.91
w:kortom|vervolgafspraak|-0.95
w:kortzichtige|bekritiseren|0.95
w:kost|samenvatting|0.95
w:kost|open-vraag|0.64
w:kost|bedanken|0.89
w:kosten|waarschuwen|0.91
w:kreeg|gevoelsreflectie|0.76
w:kreeg|samenvatting|0.86
w:kreeg|vervolgafspraak|0.92
w:krijgen|jij-boodschap|-0.75
w:krijgen|bekritiseren|-0.33
w:krijgen|interpreteren|1.0
w:krijgt|gevoelsreflectie|-1.98
w:krijgt|samenvatting|1.77
w:krijgt|open-vraag|-0.88
w:krijgt|argumenteren|1.59
w:krijgt|prijzen|0.83
w:krijgt|etiketteren|-0.95
w:krijgt|geruststellen|-0.98
w:krijgt|vervolgafspraak|0.96
w:krijgt|bedanken|-0.48
w:kritiek|jij-boodschap|0.95
w:kritiek|samenvatting|-0.95
w:kritiek|bekritiseren|1.83
w:kritisch|prijzen|0.98
w:kun|ik-boodschap|0.95
w:kun|parafrase|-0.93
w:kun|argumenteren|0.92
w:kun|bekritiseren|-0.95
w:kun|ondervragen|-0.98
w:kunnen|ik-boodschap|0.83
w:kunnen|parafrase|0.91
w:kunnen|gevoelsreflectie|0.85
w:kunnen|open-vraag|-0.93
w:kunnen|adviseren|0.86
w:kunnen|argumenteren|0.99
w:kunnen|bekritiseren|-0.17
w:kunnen|prijzen|0.96
w:kunnen|afronding-aankondigen|0.97
w:kunnen|vervolgafspraak|0.97
w:kunt|ik-boodschap|1.04
w:kunt|jij-boodschap|-1.94
w:kunt|gevoelsreflectie|-1.99
w:kunt|samenvatting|-1.0
w:kunt|bevelen|-0.99
w:kunt|waarschuwen|-1.0
w:kunt|adviseren|2.1
w:kunt|argumenteren|-0.99
w:kunt|bekritiseren|0.83
w:kunt|etiketteren|-1.93
w:kwaad|geruststellen|1.0
w:kwam|ik-boodschap|0.97
w:kwam|adviseren|-0.99
w:kwam|bekritiseren|-0.84
w:kwam|bedanken|-0.95
w:kwart|bevelen|0.98
w:kwart|vervolgafspraak|-0.93
w:kwartaal|bekritiseren|-0.9
w:kwijt|ik-boodschap|1.0
w:kwijt|vervolgafspraak|-1.0
w:kwijtraken|parafrase|-0.99
w:laag|argumenteren|0.95
w:laars|jij-boodschap|0.97
w:laat|ik-boodschap|-1.09
w:laat|parafrase|-0.86
w:laat|gevoelsreflectie|-1.92
w:laat|samenvatting|-0.93
w:laat|open-vraag|-2.33
w:laat|bevelen|0.11
w:laat|waarschuwen|1.96
w:laat|adviseren|-1.9
w:laat|argumenteren|0.65
w:laat|bekritiseren|-0.93
w:laat|interpreteren|-1.0
w:laat|ondervragen|-0.86
w:laat|afleiden|-0.95
w:laat|afronding-aankondigen|-0.9
w:laat|bedanken|-0.95
w:laatste|parafrase|-0.9
w:laatste|open-vraag|0.98
w:laatste|bekritiseren|0.88
w:laatste|geruststellen|0.93
w:lager|prijzen|0.98
w:laks|bekritiseren|0.35
w:lang|bekritiseren|0.9
w:lang|geruststellen|-1.0
w:lang|ondervragen|0.86
w:langs|afleiden|-0.97
w:langst|moraliseren|0.93
w:langzamer|adviseren|-1.0
w:lapt|jij-boodschap|0.97
w:laptop|ik-boodschap|1.83
w:laptop|parafrase|-0.93
w:laptop|adviseren|0.96
w:laptop|argumenteren|-0.99
w:lapzwans|prijzen|-0.99
w:lastig|parafrase|-0.91
w:lastig|gevoelsreflectie|-0.86
w:lastig|waarschuwen|-1.0
w:lastig|moraliseren|-1.0
w:lastig|argumenteren|-0.76
w:lastig|bekritiseren|-0.26
w:lastig|interpreteren|-0.99
w:lastpak|jij-boodschap|1.0
w:lastpak|interpreteren|-1.0
w:lat|adviseren|-0.98
w:lat|bekritiseren|0.1
w:laten|ik-boodschap|0.99
w:laten|jij-boodschap|-0.96
w:laten|samenvatting|-1.74
w:laten|waarschuwen|-1.0
w:laten|adviseren|0.92
w:laten|argumenteren|-0.91
w:laten|bekritiseren|0.13
w:laten|prijzen|-0.96
w:laten|interpreteren|-0.88
w:laten|geruststellen|-0.76
w:laten|afleiden|0.28
w:laten|afronding-aankondigen|1.92
w:laten|vervolgafspraak|-0.81
w:laten|bedanken|-0.27
w:later|open-vraag|-0.92
w:later|bevelen|-0.99
w:later|afleiden|1.79
w:leeftijd|bevelen|-0.94
w:leeftijd|bekritiseren|-0.96
w:leek|jij-boodschap|0.97
w:leerling|waarschuwen|1.0
w:leerling|moraliseren|2.01
w:leerling|adviseren|-1.0
w:leerlingen|ik-boodschap|-0.5
w:leerlingen|open-vraag|-0.98
w:leerlingen|adviseren|-0.99
w:leerlingen|argumenteren|1.96
w:leerlingen|afleiden|-1.0
w:leerplichtambtenaar|ik-boodschap|-0.96
w:leerplichtambtenaar|waarschuwen|0.83
w:leerweg|adviseren|-0.9
w:leg|bevelen|1.44
w:leggen|adviseren|0.91
w:leggen|bekritiseren|-0.95
w:legt|open-vraag|0.97
w:legt|bekritiseren|0.1
w:lekker|ik-boodschap|0.91
w:lekker|open-vraag|-1.0
w:lekker|moraliseren|-0.96
w:lekker|argumenteren|-0.91
w:lekker|bekritiseren|0.95
w:lekker|etiketteren|-0.83
w:leraar|moraliseren|0.86
w:leraar|adviseren|-0.96
w:leren|ik-boodschap|-0.95
w:leren|gevoelsreflectie|0.97
w:leren|bevelen|-0.92
w:leren|moraliseren|0.91
w:leren|adviseren|0.97
w:leren|etiketteren|0.83
w:leren|interpreteren|-1.94
w:les|ik-boodschap|-0.83
w:les|jij-boodschap|0.37
w:les|parafrase|1.0
w:les|gevoelsreflectie|-1.0
w:les|samenvatting|-1.0
w:les|open-vraag|0.93
w:les|adviseren|1.0
w:les|argumenteren|-2.9
w:les|bekritiseren|1.67
w:les|etiketteren|-0.88
w:les|interpreteren|-1.92
w:les|vervolgafspraak|-1.0
w:lessen|bekritiseren|0.96
w:let|samenvatting|-0.93
w:let|bevelen|-0.95
w:let|waarschuwen|0.93
w:let|bekritiseren|1.38
w:let|geruststellen|0.95
w:letten|bekritiseren|-0.77
w:letten|geruststellen|0.97
w:leuk|jij-boodschap|-0.8
w:leuk|parafrase|-0.93
w:leuk|bekritiseren|-0.8
w:leuk|geruststellen|-0.79
w:leukers|afleiden|1.0
w:leven|bevelen|-0.92
w:lever|bevelen|1.91
w:levert|bevelen|0.92
w:lezen|ik-boodschap|-1.6
w:lezen|parafrase|0.91
w:lezen|samenvatting|0.95
w:lezen|adviseren|1.0
w:lezen|bekritiseren|-1.0
w:lezen|bedanken|0.89
w:lichten|vervolgafspraak|0.89
w:liegen|moraliseren|0.92
w:liegen|argumenteren|-0.43
w:liegt|bekritiseren|0.68
w:lieke|bekritiseren|-0.96
w:liet|aanmoediging|-0.96
w:liever|parafrase|0.98
w:liever|afleiden|0.95
w:lig|jij-boodschap|0.97
w:lig|waarschuwen|0.87
w:lig|bekritiseren|1.99
w:lig|prijzen|-0.73
w:liggen|moraliseren|0.98
w:liggen|adviseren|-0.83
w:liggen|bekritiseren|-0.94
w:ligt|jij-boodschap|-0.75
w:ligt|gevoelsreflectie|-0.79
w:ligt|open-vraag|0.98
w:ligt|geruststellen|1.0
w:lijkt|parafrase|-1.91
w:lijkt|gevoelsreflectie|1.92
w:lijkt|samenvatting|-1.0
w:lijkt|open-vraag|-1.0
w:lijkt|bekritiseren|-0.99
w:lijkt|geruststellen|-0.1
w:lina|ik-boodschap|0.9
w:liv|adviseren|-0.93
w:loes|etiketteren|-0.93
w:logisch|argumenteren|1.88
w:lokaal|vervolgafspraak|0.95
w:loop|waarschuwen|-0.93
w:loopt|etiketteren|-1.0
w:loopt|ondervragen|-1.0
w:los|interpreteren|0.95
w:loslaten|prijzen|0.92
w:lossen|geruststellen|0.87
w:lossen|afronding-aankondigen|-1.0
w:lotte|ik-boodschap|0.94
w:lucas|waarschuwen|0.97
w:luchtig|afronding-aankondigen|-0.93
w:lui|ik-boodschap|-0.92
w:lui|bekritiseren|1.54
w:lui|etiketteren|1.81
w:lui|geruststellen|1.76
w:luie|jij-boodschap|1.0
w:luie|etiketteren|1.0
w:luister|parafrase|-1.0
w:luister|gevoelsreflectie|-0.12
w:luister|open-vraag|-0.94
w:luister|aanmoediging|1.88
w:luister|waarschuwen|-1.0
w:luisteren|geruststellen|-0.96
w:luistert|jij-boodschap|1.0
w:luistert|gevoelsreflectie|-0.96
w:luistert|waarschuwen|-0.98
w:luistert|bekritiseren|1.0
w:luistert|bedanken|-0.75
w:lukt|samenvatting|0.97
w:lukt|bekritiseren|1.0
w:lukt|geruststellen|-0.93
w:lunch|open-vraag|0.97
w:luuk|ik-boodschap|1.0
w:luuk|jij-boodschap|0.72
w:luuk|etiketteren|0.92
w:maak|ik-boodschap|0.99
w:maak|open-vraag|0.11
w:maak|argumenteren|-0.97
w:maak|interpreteren|-0.94
w:maak|afleiden|-0.99
w:maakt|jij-boodschap|0.99
w:maakt|parafrase|-0.98
w:maakt|gevoelsreflectie|0.84
w:maakt|open-vraag|2.07
w:maakt|aanmoediging|-0.86
w:maakt|moraliseren|-0.96
w:maakt|adviseren|1.84
w:maakt|bekritiseren|0.65
w:maakt|prijzen|-0.82
w:maakt|vervolgafspraak|1.86
w:maakt|bedanken|-0.98
w:maand|ik-boodschap|0.71
w:maand|samenvatting|-0.85
w:maand|open-vraag|0.92
w:maand|afronding-aankondigen|-0.94
w:maand|vervolgafspraak|0.98
w:maand|bedanken|-0.48
w:maandag|gevoelsreflectie|0.76
w:maandag|samenvatting|0.86
w:maandag|bevelen|0.91
w:maandag|vervolgafspraak|1.87
w:maandag|bedanken|-1.9
w:maandje|geruststellen|0.92
w:maar|ik-boodschap|-1.85
w:maar|jij-boodschap|0.2
w:maar|gevoelsreflectie|2.05
w:maar|open-vraag|-2.58
w:maar|aanmoediging|1.83
w:maar|bevelen|-0.89
w:maar|moraliseren|-0.81
w:maar|adviseren|1.01
w:maar|argumenteren|-0.51
w:maar|bekritiseren|0.92
w:maar|etiketteren|-1.0
w:maar|interpreteren|-0.99
w:maar|geruststellen|4.03
w:maar|ondervragen|0.95
w:maar|afleiden|2.69
w:maar|afronding-aankondigen|0.94
w:maart|samenvatting|0.93
w:maart|vervolgafspraak|0.93
w:machteloos|gevoelsreflectie|0.96
w:mag|ik-boodschap|-0.71
w:mag|parafrase|0.93
w:mag|gevoelsreflectie|0.88
w:mag|aanmoediging|0.97
w:mag|waarschuwen|0.97
w:magister|parafrase|-1.0
w:magister|gevoelsreflectie|-1.0
w:magister|samenvatting|-1.0
w:magister|open-vraag|-1.0
w:magister|aanmoediging|-1.0
w:magister|bevelen|-1.0
w:magister|waarschuwen|-1.0
w:magister|moraliseren|-1.0
w:magister|adviseren|-1.0
w:magister|argumenteren|0.93
w:magister|bekritiseren|-0.29
w:magister|prijzen|-1.0
w:magister|etiketteren|-1.0
w:magister|interpreteren|-1.0
w:magister|geruststellen|-1.0
w:magister|ondervragen|-1.0
w:magister|afleiden|-1.0
w:magister|afronding-aankondigen|-1.0
w:magister|vervolgafspraak|-1.91
w:magister|bedanken|-1.0
w:mail|ik-boodschap|-0.98
w:mail|jij-boodschap|-0.94
w:mail|gevoelsreflectie|-0.86
w:mail|open-vraag|-2.0
w:mail|argumenteren|-0.76
w:mail|bekritiseren|1.75
w:mail|geruststellen|-0.91
w:mail|ondervragen|0.97
w:mail|afronding-aankondigen|0.95
w:mail|vervolgafspraak|1.02
w:mailen|jij-boodschap|-0.94
w:mails|gevoelsreflectie|0.96
w:mails|bekritiseren|1.46
w:mails|bedanken|0.99
w:maken|jij-boodschap|-1.0
w:maken|parafrase|-1.93
w:maken|gevoelsreflectie|-0.86
w:maken|bevelen|-1.0
w:maken|waarschuwen|0.19
w:maken|prijzen|-1.0
w:maken|etiketteren|-0.99
w:makkelijk|adviseren|0.93
w:makkelijk|bekritiseren|-1.37
w:makkelijk|prijzen|0.96
w:makkelijk|interpreteren|0.99
w:maling|waarschuwen|-1.0
w:man|ik-boodschap|0.56
w:manier|jij-boodschap|-0.93
w:manier|open-vraag|-0.95
w:manier|argumenteren|-0.64
w:manier|bekritiseren|1.93
w:marokko|prijzen|-1.0
w:me|ik-boodschap|3.74
w:me|jij-boodschap|0.14
w:me|parafrase|-0.91
w:me|gevoelsreflectie|-0.91
w:me|samenvatting|-1.0
w:me|open-vraag|-2.51
w:me|bevelen|-0.97
w:me|adviseren|-1.9
w:me|argumenteren|-1.87
w:me|bekritiseren|1.99
w:me|prijzen|-0.99
w:me|interpreteren|-0.94
w:me|geruststellen|-0.95
w:me|afleiden|-0.99
w:me|vervolgafspraak|-1.0
w:me|bedanken|-0.64
w:medewerking|bekritiseren|0.93
w:medewerking|bedanken|-1.59
w:medicijnen|open-vraag|-0.97
w:medicijnen|vervolgafspraak|0.97
w:mee|ik-boodschap|0.22
w:mee|jij-boodschap|1.81
w:mee|parafrase|-0.9
w:mee|gevoelsreflectie|-0.83
w:mee|samenvatting|-0.95
w:mee|bevelen|-0.67
w:mee|waarschuwen|0.27
w:mee|bekritiseren|0.15
w:mee|prijzen|1.95
w:mee|etiketteren|-0.98
w:mee|bedanken|0.55
w:meedenken|jij-boodschap|-1.0
w:meedenken|bekritiseren|-1.0
w:meedenken|afronding-aankondigen|-1.0
w:meedenken|bedanken|1.0
w:meedenkend|waarschuwen|-0.88
w:meedenkt|bekritiseren|-0.33
w:meedenkt|prijzen|0.98
w:meedoen|ik-boodschap|2.87
w:meedoen|jij-boodschap|-1.0
w:meedoen|parafrase|-0.93
w:meedoen|open-vraag|1.0
w:meegenomen|gevoelsreflectie|-0.59
w:meekrijgen|moraliseren|0.98
w:meekrijgen|bekritiseren|-0.98
w:meekwam|bedanken|0.74
w:meeneemt|bevelen|0.95
w:meeneemt|waarschuwen|-0.94
w:meer|jij-boodschap|-0.83
w:meer|parafrase|-0.99
w:meer|gevoelsreflectie|-1.73
w:meer|samenvatting|0.99
w:meer|open-vraag|1.0
w:meer|aanmoediging|-0.98
w:meer|waarschuwen|-0.99
w:meer|adviseren|0.92
w:meer|argumenteren|-0.91
w:meer|bekritiseren|-0.98
w:meer|interpreteren|0.94
w:meer|vervolgafspraak|-0.99
w:meer|bedanken|-0.94
w:mees|ik-boodschap|-0.5
w:mees|adviseren|-0.83
w:meest|open-vraag|1.98
w:meevalt|bevelen|-0.98
w:mei|argumenteren|0.64
w:meid|bekritiseren|-1.33
w:melden|waarschuwen|0.89
w:melden|adviseren|-0.92
w:melden|argumenteren|0.94
w:meldt|samenvatting|-0.93
w:meldt|adviseren|0.99
w:meldt|bedanken|-0.98
w:meneer|bevelen|-0.96
w:meneer|bekritiseren|-1.58
w:meneer|etiketteren|0.95
w:mens|argumenteren|-0.95
w:mens|afleiden|-0.99
w:mentor|ik-boodschap|-1.88
w:mentor|gevoelsreflectie|-0.99
w:mentor|bevelen|-0.96
w:mentor|etiketteren|-0.95
w:mentor|geruststellen|-0.35
w:mentor|ondervragen|0.95
w:mentor|afleiden|-0.93
w:mentor|vervolgafspraak|0.82
w:mentor|bedanken|0.95
w:merk|parafrase|-0.99
w:merk|gevoelsreflectie|1.01
w:merk|open-vraag|-0.94
w:merk|aanmoediging|0.88
w:merk|bekritiseren|-0.99
w:merk|etiketteren|0.99
w:merk|interpreteren|-0.93
w:merk|geruststellen|-1.0
w:merken|jij-boodschap|0.96
w:merkt|ik-boodschap|0.71
w:merkt|open-vraag|0.92
w:merkt|bekritiseren|-0.96
w:met|ik-boodschap|2.05
w:met|jij-boodschap|-1.95
w:met|samenvatting|-0.19
w:met|open-vraag|-2.06
w:met|aanmoediging|-1.0
w:met|waarschuwen|-1.87
w:met|moraliseren|-1.01
w:met|adviseren|0.24
w:met|argumenteren|-0.83
w:met|bekritiseren|0.6
w:met|prijzen|-0.14
w:met|interpreteren|-1.0
w:met|geruststellen|-1.98
w:met|afleiden|-0.69
w:met|afronding-aankondigen|1.9
w:met|vervolgafspraak|1.84
w:met|bedanken|0.12
w:meteen|open-vraag|-0.99
w:meteen|adviseren|0.99
w:meteen|prijzen|1.7
w:meteen|geruststellen|-0.94
w:meteen|ondervragen|0.99
w:meteen|afleiden|-0.96
w:mevrouw|jij-boodschap|-0.97
w:mevrouw|bevelen|1.83
w:mevrouw|bekritiseren|-0.84
w:mevrouw|etiketteren|0.94
w:mevrouw|interpreteren|-0.99
w:middag|parafrase|0.93
w:midden|ik-boodschap|1.0
w:middernacht|open-vraag|-0.98
w:middernacht|moraliseren|0.95
w:middernacht|bekritiseren|1.92
w:middernacht|afleiden|-0.98
w:middernacht|vervolgafspraak|-0.98
w:mij|ik-boodschap|-0.94
w:mij|jij-boodschap|0.95
w:mij|parafrase|-0.99
w:mij|gevoelsreflectie|-1.0
w:mij|open-vraag|-1.98
w:mij|bevelen|1.0
w:mij|moraliseren|-0.99
w:mij|adviseren|-0.97
w:mij|argumenteren|-0.95
w:mij|bekritiseren|1.36
w:mij|interpreteren|1.98
w:mij|geruststellen|-0.94
w:mij|afronding-aankondigen|-0.99
w:mij|vervolgafspraak|0.98
w:mij|bedanken|-1.0
w:mijn|samenvatting|0.8
w:mijn|bevelen|1.01
w:mijn|moraliseren|0.86
w:mijn|adviseren|-0.96
w:mijn|bekritiseren|-0.43
w:mijn|prijzen|-0.96
w:mijn|interpreteren|-0.99
w:mila|open-vraag|1.0
w:mila|moraliseren|1.0
w:mila|prijzen|1.0
w:milan|ik-boodschap|0.94
w:milan|jij-boodschap|-0.43
w:milan|open-vraag|-0.98
w:milan|waarschuwen|0.96
w:milan|argumenteren|-0.97
w:milan|bekritiseren|-0.94
w:milan|afleiden|-0.98
w:milan|vervolgafspraak|-0.98
w:minder|parafrase|-0.98
w:minder|open-vraag|-0.97
w:minder|aanmoediging|-0.98
w:minste|moraliseren|0.85
w:minuten|open-vraag|0.64
w:minuten|afronding-aankondigen|-0.97
w:minuten|vervolgafspraak|-0.92
w:mis|argumenteren|0.96
w:mis|geruststellen|-0.93
w:misgaat|parafrase|0.95
w:misging|gevoelsreflectie|-0.99
w:misschien|ik-boodschap|1.01
w:misschien|jij-boodschap|-0.96
w:misschien|gevoelsreflectie|0.83
w:misschien|bevelen|-0.99
w:misschien|adviseren|6.7
w:misschien|bekritiseren|-0.13
w:misschien|prijzen|-0.86
w:misschien|geruststellen|-0.97
w:missen|moraliseren|0.98
w:mist|parafrase|-1.81
w:mist|gevoelsreflectie|0.91
w:mist|samenvatting|0.95
w:mist|open-vraag|0.97
w:mist|waarschuwen|-1.83
w:mist|argumenteren|0.95
w:mist|prijzen|-0.84
w:mist|etiketteren|-0.95
w:mist|vervolgafspraak|-0.93
w:mmm|gevoelsreflectie|-0.95
w:mo|ik-boodschap|0.92
w:mo|waarschuwen|-0.92
w:mo|adviseren|-0.92
w:moe|ik-boodschap|1.02
w:moe|open-vraag|-0.95
w:moe|adviseren|-0.11
w:moe|interpreteren|-0.96
w:moe|vervolgafspraak|-0.84
w:moedeloos|ik-boodschap|1.0
w:moedeloos|jij-boodschap|-1.0
w:moeder|parafrase|0.91
w:moeder|gevoelsreflectie|-1.84
w:moeder|bevelen|-0.99
w:moeder|waarschuwen|-0.99
w:moeder|moraliseren|2.92
w:moeder|adviseren|-0.81
w:moeder|bekritiseren|0.95
w:moeder|etiketteren|-0.68
w:moeder|interpreteren|-0.93
w:moeilijk|gevoelsreflectie|0.76
w:moeilijk|samenvatting|1.0
w:moeilijk|adviseren|-0.93
w:moeilijk|argumenteren|0.98
w:moeilijk|prijzen|-0.81
w:moeilijk|interpreteren|0.95
w:moeilijk|vervolgafspraak|0.92
w:moeite|samenvatting|0.95
w:moeite|bekritiseren|-1.33
w:moeite|bedanken|0.89
w:moest|parafrase|0.91
w:moest|prijzen|-0.91
w:moet|jij-boodschap|-0.81
w:moet|gevoelsreflectie|1.65
w:moet|open-vraag|-0.35
w:moet|bevelen|1.57
w:moet|waarschuwen|1.82
w:moet|moraliseren|2.05
w:moet|adviseren|-1.91
w:moet|bekritiseren|-0.98
w:moet|prijzen|-1.0
w:moet|interpreteren|-0.98
w:moet|afleiden|-0.97
w:moet|vervolgafspraak|-0.92
w:moet|bedanken|-0.99
w:moeten|ik-boodschap|0.92
w:moeten|waarschuwen|-0.92
w:moeten|moraliseren|1.88
w:moeten|adviseren|-3.84
w:moeten|bekritiseren|-1.23
w:moeten|etiketteren|-0.77
w:moeten|afronding-aankondigen|1.88
w:moeten|vervolgafspraak|-2.91
w:moeten|bedanken|0.63
w:mogelijk|jij-boodschap|0.96
w:mohammed|jij-boodschap|1.71
w:moment|interpreteren|-0.99
w:mond|jij-boodschap|-1.0
w:mond|bevelen|1.0
w:mond|moraliseren|-1.0
w:mond|bekritiseren|-0.17
w:mond|geruststellen|-0.96
w:mooi|ik-boodschap|0.86
w:mooi|etiketteren|-0.93
w:mooi|afleiden|0.98
w:mooie|etiketteren|-0.91
w:morgen|jij-boodschap|-0.97
w:morgen|samenvatting|-0.93
w:morgen|open-vraag|-1.0
w:morgen|bevelen|2.73
w:morgen|argumenteren|-0.95
w:morgen|bekritiseren|-0.31
w:morgen|interpreteren|-0.98
w:morgen|afleiden|-0.97
w:morgen|afronding-aankondigen|-0.94
w:morgen|vervolgafspraak|0.22
w:motivatie|ik-boodschap|-0.81
w:na|samenvatting|0.9
w:na|open-vraag|-0.97
w:na|moraliseren|-1.0
w:na|adviseren|-0.91
w:na|bekritiseren|0.96
w:na|afleiden|-0.98
w:na|vervolgafspraak|-0.98
w:na|bedanken|-1.0
w:naar|ik-boodschap|-0.23
w:naar|gevoelsreflectie|-0.93
w:naar|open-vraag|0.23
w:naar|aanmoediging|-0.99
w:naar|bevelen|0.95
w:naar|waarschuwen|0.11
w:naar|argumenteren|-0.99
w:naar|bekritiseren|0.21
w:naar|ondervragen|0.99
w:naar|afleiden|0.99
w:naar|bedanken|-0.75
w:naast|ik-boodschap|1.89
w:naast|jij-boodschap|-1.73
w:naast|moraliseren|-0.99
w:naast|interpreteren|-0.93
w:naast|afronding-aankondigen|-0.99
w:nabespreking|ik-boodschap|0.98
w:nabespreking|parafrase|-0.9
w:nabespreking|open-vraag|0.98
w:nablijven|waarschuwen|1.0
w:nablijven|adviseren|-1.91
w:nablijven|prijzen|-1.0
w:nachtrust|adviseren|-0.83
w:nachts|jij-boodschap|0.83
w:nachts|bevelen|-0.73
w:nachts|waarschuwen|-0.94
w:nachts|adviseren|0.98
w:nachts|bekritiseren|0.83
w:nadenken|aanmoediging|0.97
w:nakijken|waarschuwen|-0.94
w:natuurkunde|jij-boodschap|-0.95
w:natuurkunde|argumenteren|0.95
w:natuurkunde|bekritiseren|-0.95
w:natuurlijk|prijzen|0.72
w:natuurlijk|interpreteren|1.0
w:nauwelijks|ik-boodschap|1.9
w:nauwelijks|adviseren|-0.97
w:nauwelijks|interpreteren|-0.93
w:navragen|afronding-aankondigen|-0.98
w:nederlands|jij-boodschap|-0.89
w:nederlands|gevoelsreflectie|-0.92
w:nederlands|argumenteren|-0.92
w:nee|bevelen|1.0
w:nee|etiketteren|-0.94
w:neem|parafrase|-0.91
w:neem|gevoelsreflectie|0.88
w:neem|open-vraag|-0.94
w:neem|aanmoediging|1.85
w:neem|bevelen|-0.92
w:neem|waarschuwen|0.1
w:neemt|jij-boodschap|0.97
w:neemt|parafrase|-0.91
w:neemt|gevoelsreflectie|-1.0
w:neemt|aanmoediging|0.95
w:neemt|bevelen|-1.0
w:neemt|moraliseren|-0.97
w:neemt|bekritiseren|-1.29
w:neemt|afronding-aankondigen|-1.0
w:neer|bekritiseren|0.98
w:negatief|bekritiseren|0.98
w:negatief|etiketteren|-0.83
w:negen|samenvatting|0.96
w:negen|adviseren|0.96
w:negen|argumenteren|0.97
w:negen|bekritiseren|-0.94
w:negen|vervolgafspraak|0.96
w:nemen|gevoelsreflectie|-0.86
w:nemen|open-vraag|0.95
w:nemen|bevelen|-0.92
w:nemen|waarschuwen|-1.0
w:nemen|adviseren|0.98
w:nemen|bekritiseren|0.86
w:nemen|interpreteren|-0.93
w:nergens|samenvatting|-0.95
w:nergens|adviseren|-1.0
w:nergens|argumenteren|0.82
w:nergens|bekritiseren|2.43
w:nergens|etiketteren|-0.99
w:nergens|afleiden|-0.99
w:nest|etiketteren|0.99
w:net|jij-boodschap|1.72
w:net|prijzen|-1.0
w:net|etiketteren|0.92
w:netjes|moraliseren|0.86
w:netjes|argumenteren|-0.94
w:niemand|jij-boodschap|-0.98
w:niemand|gevoelsreflectie|1.65
w:niemand|bevelen|-0.97
w:niemand|moraliseren|-0.94
w:niemand|interpreteren|-0.99
w:niemand|geruststellen|1.76
w:niemand|bedanken|-0.75
w:niet|ik-boodschap|2.78
w:niet|jij-boodschap|-2.07
w:niet|gevoelsreflectie|-1.75
w:niet|samenvatting|-0.97
w:niet|open-vraag|-0.88
w:niet|aanmoediging|-1.0
w:niet|bevelen|-1.6
w:niet|waarschuwen|0.93
w:niet|moraliseren|-0.95
w:niet|adviseren|0.85
w:niet|argumenteren|0.39
w:niet|bekritiseren|0.63
w:niet|prijzen|-1.84
w:niet|etiketteren|-0.31
w:niet|interpreteren|-1.22
w:niet|geruststellen|-0.72
w:niet|ondervragen|-1.84
w:niet|afleiden|-0.1
w:niet|afronding-aankondigen|-0.97
w:niet|vervolgafspraak|-1.22
w:niet|bedanken|-1.0
w:niets|ik-boodschap|0.67
w:niets|jij-boodschap|-1.83
w:niets|parafrase|-0.15
w:niets|samenvatting|1.0
w:niets|open-vraag|-1.0
w:niets|aanmoediging|-0.96
w:niets|waarschuwen|0.99
w:niets|bekritiseren|-3.71
w:niets|geruststellen|2.39
w:niets|bedanken|-0.99
w:nieuw|afronding-aankondigen|0.9
w:nieuw|vervolgafspraak|1.0
w:nieuwe|ik-boodschap|0.91
w:nieuwe|samenvatting|-0.99
w:nieuwe|open-vraag|-1.71
w:nieuwe|argumenteren|-1.82
w:nieuwe|interpreteren|1.99
w:nieuwe|ondervragen|-0.96
w:nieuwe|afleiden|1.02
w:niks|ik-boodschap|-1.0
w:niks|jij-boodschap|2.51
w:niks|samenvatting|-0.95
w:niks|argumenteren|0.67
w:niks|bekritiseren|1.47
w:niks|geruststellen|-0.95
w:niks|afleiden|1.82
w:niks|vervolgafspraak|-0.84
w:nina|ik-boodschap|-0.71
w:niveau|geruststellen|-0.88
w:noah|ik-boodschap|0.93
w:noah|adviseren|0.93
w:noah|vervolgafspraak|0.93
w:nodig|parafrase|-0.93
w:nodig|samenvatting|0.97
w:nodig|open-vraag|0.88
w:nodig|bevelen|-0.88
w:nodig|moraliseren|0.99
w:nodig|argumenteren|-0.95
w:nodig|prijzen|0.72
w:nodig|afleiden|-0.99
w:nodig|afronding-aankondigen|-1.91
w:nog|ik-boodschap|0.27
w:nog|jij-boodschap|0.85
w:nog|parafrase|-0.91
w:nog|samenvatting|0.97
w:nog|open-vraag|0.59
w:nog|aanmoediging|-1.87
w:nog|bevelen|-0.56
w:nog|waarschuwen|2.83
w:nog|adviseren|-1.83
w:nog|argumenteren|-1.0
w:nog|prijzen|-0.14
w:nog|interpreteren|-0.85
w:nog|afleiden|0.87
w:nog|afronding-aankondigen|-0.94
w:nog|vervolgafspraak|-0.97
w:nogal|bekritiseren|1.86
w:nooit|jij-boodschap|1.68
w:nooit|open-vraag|-1.0
w:nooit|bevelen|0.89
w:nooit|bekritiseren|4.15
w:nooit|etiketteren|-1.0
w:nooit|interpreteren|-0.96
w:nooit|bedanken|-0.98
w:noor|open-vraag|-1.97
w:noor|bevelen|-1.0
w:noor|afleiden|-1.0
w:noor|bedanken|0.74
w:nooti|jij-boodschap|1.48
w:nooti|bekritiseren|1.65
w:normaal|argumenteren|-0.91
w:normaal|bekritiseren|0.28
w:normaal|geruststellen|1.94
w:normaal|afleiden|-0.95
w:normering|argumenteren|0.95
w:nou|ik-boodschap|0.91
w:nou|jij-boodschap|-1.09
w:nou|argumenteren|-3.52
w:nou|bekritiseren|2.55
w:nou|prijzen|-0.98
w:nou|etiketteren|1.05
w:nou|geruststellen|0.1
w:nou|ondervragen|-0.94
w:nou|afleiden|0.5
w:nou|vervolgafspraak|-0.85
w:nou|bedanken|-3.35
w:nu|ik-boodschap|-0.61
w:nu|jij-boodschap|-1.89
w:nu|parafrase|-0.86
w:nu|gevoelsreflectie|-0.13
w:nu|samenvatting|-0.74
w:nu|aanmoediging|-0.82
w:nu|bevelen|3.68
w:nu|moraliseren|-0.85
w:nu|argumenteren|-0.94
w:nu|bekritiseren|-1.52
w:nu|prijzen|0.99
w:nu|interpreteren|-0.97
w:nu|geruststellen|-1.96
w:nu|ondervragen|-0.96
w:nu|afleiden|1.88
w:nu|afronding-aankondigen|2.88
w:nu|vervolgafspraak|-1.14
w:nu|bedanken|0.12
w:och|afleiden|0.97
w:ochtend|ik-boodschap|0.93
w:ochtends|ik-boodschap|0.97
w:ochtends|adviseren|-0.97
w:oefeningen|gevoelsreflectie|-0.86
w:oefeningen|open-vraag|0.95
w:oefent|argumenteren|2.43
w:oefent|geruststellen|-0.8
w:oefentoets|afronding-aankondigen|-0.94
w:of|ik-boodschap|0.12
w:of|samenvatting|-0.88
w:of|aanmoediging|-0.99
w:of|moraliseren|-1.0
w:officiële|parafrase|-0.91
w:ogen|bevelen|0.94
w:ogen|bekritiseren|0.65
w:ok|afronding-aankondigen|1.0
w:oke|afronding-aankondigen|0.94
w:oké|aanmoediging|-0.19
w:oké|bekritiseren|0.97
w:om|ik-boodschap|-1.75
w:om|jij-boodschap|-1.03
w:om|samenvatting|1.87
w:om|open-vraag|0.46
w:om|aanmoediging|-0.76
w:om|waarschuwen|-1.92
w:om|adviseren|-0.5
w:om|argumenteren|-1.58
w:om|bekritiseren|-1.07
w:om|prijzen|-1.0
w:om|etiketteren|0.22
w:om|interpreteren|1.92
w:om|ondervragen|-1.0
w:om|afleiden|-1.0
w:om|afronding-aankondigen|-0.87
w:om|vervolgafspraak|2.84
w:om|bedanken|-0.34
w:omar|adviseren|-0.96
w:omdat|ik-boodschap|1.9
w:omdat|parafrase|0.91
w:omdat|gevoelsreflectie|1.96
w:omdat|open-vraag|-0.97
w:omdat|aanmoediging|-1.93
w:omdat|waarschuwen|-1.0
w:omdat|moraliseren|-1.0
w:omdat|argumenteren|-1.97
w:omdat|bekritiseren|-2.66
w:omdat|prijzen|-1.91
w:omdat|interpreteren|3.8
w:omdat|geruststellen|-0.98
w:omdat|ondervragen|-0.99
w:omdat|afleiden|-0.73
w:omheen|bevelen|-1.0
w:onbeantwoord|gevoelsreflectie|0.96
w:onbeleefd|jij-boodschap|0.98
w:onbeleefd|bekritiseren|-0.23
w:onbeschoft|bekritiseren|0.99
w:onbetrouwbare|bekritiseren|-1.86
w:onbetrouwbare|etiketteren|1.0
w:onder|vervolgafspraak|-0.96
w:onderbreekt|bekritiseren|0.73
w:onderbreken|ik-boodschap|-0.52
w:onderschat|waarschuwen|0.99
w:onderzoek|argumenteren|0.91
w:oneerlijk|gevoelsreflectie|-0.91
w:oneerlijk|bekritiseren|0.58
w:ongemotiveerd|bekritiseren|0.41
w:ongeoorloofd|etiketteren|-0.89
w:ongepast|geruststellen|-0.91
w:ongerust|parafrase|-0.98
w:ongerust|gevoelsreflectie|3.83
w:ongerust|open-vraag|1.34
w:ongerust|adviseren|-1.86
w:ongerust|geruststellen|2.07
w:ongerust|ondervragen|0.95
w:ongerust|bedanken|-0.98
w:ongeveer|afronding-aankondigen|-0.97
w:ongeïnteresseerd|bekritiseren|-1.14
w:onhandig|bekritiseren|0.97
w:online|parafrase|-0.92
w:online|samenvatting|0.9
w:online|waarschuwen|-0.99
w:online|bekritiseren|0.42
w:onredelijke|bekritiseren|0.74
w:onrustig|ik-boodschap|-0.5
w:onrustig|samenvatting|1.0
w:onrustige|open-vraag|-0.62
w:ons|ik-boodschap|-1.0
w:ons|jij-boodschap|-1.86
w:ons|parafrase|-1.91
w:ons|samenvatting|1.0
w:ons|open-vraag|-1.36
w:ons|bevelen|-1.0
w:ons|interpreteren|-1.0
w:ontvangen|gevoelsreflectie|-0.97
w:ontzettend|bekritiseren|1.58
w:onverschillig|bekritiseren|0.91
w:onvoldoende|moraliseren|-0.92
w:onvoldoende|argumenteren|1.17
w:onvoldoende|etiketteren|-0.96
w:onvoldoende|afleiden|1.88
w:onvoldoendes|ik-boodschap|0.99
w:onvoldoendes|argumenteren|1.48
w:onze|aanmoediging|-0.64
w:onze|bevelen|-0.46
w:onze|moraliseren|1.0
w:onze|prijzen|1.0
w:onze|vervolgafspraak|-0.99
w:onze|bedanken|-0.95
w:onzeker|interpreteren|0.97
w:onzeker|geruststellen|-1.0
w:onzeker|afleiden|-0.73
w:onzinverhaal|bekritiseren|3.21
w:oog|ik-boodschap|0.91
w:ooit|jij-boodschap|0.92
w:ooit|bekritiseren|1.28
w:ook|ik-boodschap|0.71
w:ook|jij-boodschap|0.14
w:ook|gevoelsreflectie|-0.96
w:ook|bevelen|-2.22
w:ook|waarschuwen|-0.94
w:ook|moraliseren|0.97
w:ook|adviseren|-0.19
w:ook|argumenteren|0.67
w:ook|bekritiseren|-0.84
w:ook|prijzen|1.06
w:ook|interpreteren|-1.92
w:ook|geruststellen|-0.72
w:ook|afronding-aankondigen|-0.98
w:ook|vervolgafspraak|1.89
w:ook|bedanken|0.74
w:oortjes|open-vraag|-0.88
w:op|ik-boodschap|-2.37
w:op|jij-boodschap|0.97
w:op|parafrase|-2.72
w:op|gevoelsreflectie|-0.69
w:op|samenvatting|0.91
w:op|open-vraag|0.35
w:op|aanmoediging|-0.88
w:op|waarschuwen|1.88
w:op|moraliseren|0.91
w:op|argumenteren|-1.21
w:op|bekritiseren|0.58
w:op|prijzen|0.99
w:op|etiketteren|-1.94
w:op|interpreteren|-0.98
w:op|ondervragen|-1.87
w:op|afleiden|-0.57
w:op|afronding-aankondigen|-1.87
w:op|vervolgafspraak|-1.9
w:op|bedanken|-1.89
w:opdagen|jij-boodschap|0.94
w:opdagen|bekritiseren|1.78
w:opdagen|afleiden|-0.98
w:opdracht|ik-boodschap|0.96
w:opdracht|jij-boodschap|-1.43
w:opdracht|open-vraag|-0.97
w:opdracht|adviseren|-0.81
w:opdracht|argumenteren|0.82
w:opdracht|bekritiseren|-0.1
w:opdracht|prijzen|0.81
w:opdracht|etiketteren|-0.93
w:opdracht|geruststellen|-0.97
w:opdrachten|ik-boodschap|1.89
w:opdrachten|open-vraag|1.0
w:opdrachten|interpreteren|-0.93
w:open|bedanken|0.77
w:opgevoed|jij-boodschap|0.96
w:opgevoed|bekritiseren|0.96
w:oplaadt|ik-boodschap|0.93
w:oplaadt|parafrase|-0.93
w:opletten|ik-boodschap|0.97
w:opletten|adviseren|-0.97
w:opletten|bekritiseren|-0.85
w:oplevert|parafrase|0.99
w:oplossen|open-vraag|1.0
w:opmerking|jij-boodschap|-0.65
w:opmerking|waarschuwen|0.94
w:opmerking|bekritiseren|0.29
w:opmerking|interpreteren|-0.94
w:opneemt|ik-boodschap|1.0
w:opnieuw|afronding-aankondigen|-0.94
w:oppast|geruststellen|-0.99
w:oprecht|ik-boodschap|1.62
w:oprecht|open-vraag|0.92
w:opschrijft|ik-boodschap|0.96
w:opschrijft|bevelen|-0.84
w:opstaat|ik-boodschap|0.67
w:opstandig|interpreteren|0.92
w:opsteekt|geruststellen|-0.93
w:optie|samenvatting|0.97
w:optrekt|ik-boodschap|-0.96
w:orde|afleiden|0.93
w:oude|ik-boodschap|-0.95
w:oude|parafrase|-0.95
w:oude|samenvatting|0.95
w:oude|interpreteren|0.91
w:oude|geruststellen|0.9
w:ouder|gevoelsreflectie|0.96
w:ouder|bevelen|-0.96
w:ouder|prijzen|-0.82
w:ouder|etiketteren|0.96
w:ouder|geruststellen|2.33
w:ouderavond|gevoelsreflectie|-0.97
w:ouderavond|adviseren|-1.0
w:ouderavond|ondervragen|0.99
w:ouders|bevelen|-0.73
w:ouders|waarschuwen|-0.94
w:ouders|moraliseren|0.95
w:ouders|bekritiseren|-2.7
w:ouders|afronding-aankondigen|0.94
w:ouders|vervolgafspraak|-0.94
w:over|ik-boodschap|-0.84
w:over|jij-boodschap|-2.8
w:over|parafrase|-0.11
w:over|gevoelsreflectie|-0.15
w:over|samenvatting|0.27
w:over|open-vraag|0.84
w:over|aanmoediging|-1.72
w:over|bevelen|-1.02
w:over|bekritiseren|-1.8
w:over|etiketteren|-0.98
w:over|interpreteren|-0.91
w:over|geruststellen|-0.68
w:over|ondervragen|-0.99
w:over|afleiden|-0.99
w:over|afronding-aankondigen|-1.88
w:over|vervolgafspraak|2.08
w:over|bedanken|0.47
w:overal|jij-boodschap|0.95
w:overal|gevoelsreflectie|-0.86
w:overal|samenvatting|-0.95
w:overal|waarschuwen|-1.0
w:overal|moraliseren|-0.96
w:overal|bekritiseren|1.66
w:overal|prijzen|-0.82
w:overal|etiketteren|0.96
w:overdoen|geruststellen|-0.99
w:overdreven|jij-boodschap|-1.79
w:overdreven|bevelen|-0.85
w:overdrijft|bekritiseren|-3.71
w:overgang|gevoelsreflectie|0.92
w:overgang|open-vraag|0.75
w:overgang|vervolgafspraak|-0.97
w:overgangsnormen|ik-boodschap|-0.94
w:overgangsnormen|argumenteren|0.67
w:overgeslagen|afronding-aankondigen|-0.94
w:overkomt|geruststellen|-1.39
w:overkomt|afleiden|1.6
w:overleg|samenvatting|0.93
w:overleg|vervolgafspraak|1.9
w:overrompeld|aanmoediging|-1.0
w:overstap|ik-boodschap|-0.99
w:overstap|bekritiseren|-0.96
w:paar|gevoelsreflectie|-0.93
w:paar|geruststellen|0.91
w:pak|waarschuwen|0.94
w:pakken|afleiden|0.95
w:pakt|ik-boodschap|-0.9
w:pakt|gevoelsreflectie|-0.96
w:pakt|bevelen|-0.47
w:paniek|geruststellen|0.87
w:paniek|afronding-aankondigen|-1.0
w:parijs|ik-boodschap|0.99
w:pas|ik-boodschap|0.92
w:pas|parafrase|1.0
w:pas|moraliseren|-1.0
w:pas|adviseren|-0.92
w:pas|bekritiseren|-0.9
w:pas|etiketteren|-1.0
w:pas|geruststellen|-0.66
w:pas|afleiden|-0.98
w:pas|vervolgafspraak|-1.9
w:pas|bedanken|-1.0
w:pasje|ik-boodschap|-0.76
w:pauze|gevoelsreflectie|-0.96
w:pauze|open-vraag|-0.97
w:pauze|bekritiseren|-0.11
w:pen|ik-boodschap|0.96
w:per|bevelen|-0.73
w:per|waarschuwen|-0.94
w:per|vervolgafspraak|-1.0
w:periode|ik-boodschap|-0.92
w:periode|open-vraag|-0.62
w:periode|argumenteren|-0.92
w:pest|jij-boodschap|1.71
w:pest|samenvatting|-0.99
w:pest|bekritiseren|0.85
w:pesten|gevoelsreflectie|-0.73
w:pesterijen|samenvatting|0.99
w:pestkop|moraliseren|-0.99
w:pestkop|argumenteren|-0.98
w:pestkop|bekritiseren|-0.99
w:pff|gevoelsreflectie|-0.93
w:pijn|open-vraag|-0.97
w:pijn|bevelen|-1.0
w:pijn|waarschuwen|-0.99
w:pijn|afleiden|-1.0
w:plaats|interpreteren|-0.99
w:plaatsen|prijzen|0.98
w:plan|jij-boodschap|-0.97
w:plan|gevoelsreflectie|0.76
w:plan|samenvatting|0.86
w:plan|adviseren|-0.95
w:plan|prijzen|0.99
w:plan|geruststellen|-0.99
w:plan|afronding-aankondigen|-1.0
w:plan|vervolgafspraak|1.92
w:plannen|jij-boodschap|-1.7
w:plannen|gevoelsreflectie|-0.99
w:plannen|adviseren|1.91
w:plannen|argumenteren|-0.76
w:plannen|bekritiseren|-2.55
w:plannen|prijzen|0.99
w:plannen|geruststellen|0.96
w:plannen|ondervragen|0.14
w:plannen|afronding-aankondigen|0.97
w:planner|bevelen|-0.84
w:planner|vervolgafspraak|-0.98
w:planning|ik-boodschap|-0.81
w:planning|jij-boodschap|0.97
w:planning|samenvatting|0.94
w:planning|afleiden|-0.96
w:planning|vervolgafspraak|-0.96
w:planning|bedanken|0.47
w:playstation|adviseren|1.0
w:playstation|bekritiseren|0.85
w:playstation|etiketteren|-1.0
w:plek|samenvatting|0.11
w:plek|waarschuwen|0.91
w:plezier|gevoelsreflectie|-0.98
w:plezier|samenvatting|0.9
w:plezier|open-vraag|0.88
w:plichten|moraliseren|0.93
w:plichten|argumenteren|-1.53
w:plusklas|adviseren|0.93
w:pootjes|geruststellen|0.77
w:praat|ik-boodschap|-0.93
w:praat|parafrase|-0.99
w:praat|samenvatting|1.79
w:praat|open-vraag|-0.96
w:praat|bevelen|0.97
w:praat|adviseren|-0.99
w:praat|prijzen|-0.99
w:praat|geruststellen|-0.97
w:praat|vervolgafspraak|0.97
w:praat|bedanken|0.95
w:praten|ik-boodschap|0.5
w:praten|gevoelsreflectie|0.85
w:praten|samenvatting|-1.0
w:praten|open-vraag|-0.98
w:praten|aanmoediging|-1.0
w:praten|bevelen|0.98
w:praten|waarschuwen|0.95
w:praten|moraliseren|-0.99
w:praten|adviseren|0.97
w:praten|argumenteren|-0.94
w:praten|prijzen|-1.0
w:praten|geruststellen|-1.0
w:praten|ondervragen|-1.0
w:praten|afleiden|-0.57
w:praten|afronding-aankondigen|-1.87
w:praten|bedanken|-0.96
w:precies|gevoelsreflectie|0.99
w:precies|aanmoediging|-0.72
w:precies|afleiden|-0.96
w:prikkelbaar|bekritiseren|-0.96
w:prima|jij-boodschap|0.83
w:prima|bekritiseren|0.83
w:prima|geruststellen|0.9
w:probeer|moraliseren|-0.98
w:probeert|jij-boodschap|-0.75
w:probeert|ondervragen|-0.97
w:proberen|prijzen|-0.98
w:proberen|vervolgafspraak|-0.98
w:probleem|jij-boodschap|0.89
w:probleem|moraliseren|-0.96
w:probleem|bekritiseren|0.89
w:probleem|etiketteren|0.96
w:probleem|interpreteren|1.79
w:proefwerk|open-vraag|-0.96
w:profiel|parafrase|0.85
w:profielwerkstuk|etiketteren|-0.93
w:programma|afleiden|-0.92
w:project|ik-boodschap|0.9
w:protocol|waarschuwen|-0.9
w:protocol|argumenteren|-0.68
w:pta|argumenteren|0.99
w:puber|jij-boodschap|1.0
w:puber|etiketteren|1.0
w:puber|geruststellen|0.77
w:pubers|argumenteren|-0.99
w:pubers|bekritiseren|-0.64
w:pubers|afleiden|1.91
w:puberteit|moraliseren|-0.86
w:puberteit|interpreteren|-0.97
w:puberteit|afleiden|1.71
w:pubertijd|moraliseren|-0.96
w:pubertijd|afleiden|0.86
w:puinhoop|jij-boodschap|0.99
w:puinhoop|bekritiseren|1.37
w:puinhoop|etiketteren|-0.88
w:punt|ik-boodschap|0.93
w:punt|argumenteren|-0.99
w:punt|afleiden|0.99
w:punt|vervolgafspraak|-1.76
w:pushende|bekritiseren|-0.99
w:pushende|etiketteren|0.99
w:raak|ik-boodschap|1.0
w:raak|vervolgafspraak|-0.97
w:raakt|gevoelsreflectie|1.83
w:raakt|open-vraag|-0.94
w:raakt|aanmoediging|0.88
w:raakt|bevelen|-0.97
w:raakt|bedanken|-0.64
w:raam|open-vraag|-0.97
w:raken|vervolgafspraak|-1.0
w:ramp|moraliseren|-0.99
w:randje|bekritiseren|-0.97
w:rapport|ik-boodschap|0.99
w:rapport|samenvatting|-1.0
w:rapport|aanmoediging|-1.0
w:rapport|argumenteren|-0.92
w:rapport|ondervragen|-0.99
w:rapport|afleiden|-0.97
w:rapportcijfer|moraliseren|-0.92
w:rapportvergadering|samenvatting|-0.99
w:ravi|argumenteren|-1.0
w:ravi|interpreteren|1.82
w:reactie|jij-boodschap|-1.0
w:reactie|argumenteren|-0.96
w:reactie|etiketteren|0.99
w:reageert|ik-boodschap|1.0
w:reageert|bekritiseren|-0.97
w:reageert|vervolgafspraak|-1.0
w:reageren|jij-boodschap|1.48
w:reageren|parafrase|-0.99
w:reageren|bekritiseren|1.65
w:reageren|bedanken|-0.99
w:receptie|afleiden|-0.97
w:recht|moraliseren|-0.94
w:redelijk|parafrase|-0.85
w:redelijk|afleiden|-0.99
w:regel|parafrase|0.99
w:regel|samenvatting|-0.85
w:regelen|bekritiseren|0.5
w:regelmatig|open-vraag|-0.97
w:regelmatig|etiketteren|-0.95
w:regelmatig|vervolgafspraak|0.97
w:regels|bevelen|-0.41
w:regels|moraliseren|1.89
w:regels|argumenteren|2.28
w:regels|afleiden|-0.99
w:regelt|prijzen|0.85
w:reglement|moraliseren|-0.87
w:reglement|adviseren|-0.91
w:reistijd|bekritiseren|-0.66
w:rekenmachine|gevoelsreflectie|-0.86
w:rekenmachine|open-vraag|0.95
w:respect|moraliseren|0.92
w:respect|etiketteren|-0.99
w:rest|samenvatting|-0.86
w:rest|open-vraag|-0.97
w:rest|argumenteren|0.98
w:rest|vervolgafspraak|0.97
w:resultaten|moraliseren|-0.91
w:rij|open-vraag|-0.97
w:rijtje|samenvatting|1.0
w:rijtje|open-vraag|0.75
w:rijtje|waarschuwen|-0.96
w:rijtje|adviseren|-0.83
w:rijtje|bekritiseren|-0.87
w:rik|ik-boodschap|0.93
w:rik|interpreteren|-0.93
w:roept|ik-boodschap|1.77
w:rollen|bevelen|0.94
w:rollen|bekritiseren|0.65
w:ronden|samenvatting|-1.93
w:ronden|moraliseren|-0.85
w:ronden|prijzen|-0.83
w:ronden|afronding-aankondigen|2.92
w:ronden|bedanken|0.29
w:rookt|ondervragen|0.81
w:rooster|ik-boodschap|0.93
w:rooster|afleiden|-0.93
w:rotmoment|gevoelsreflectie|0.98
w:rusten|interpreteren|-0.91
w:rustig|gevoelsreflectie|-0.95
w:rustig|open-vraag|-0.98
w:rustig|aanmoediging|1.77
w:rustig|bevelen|1.57
w:rustiger|bedanken|-0.95
w:ruzie|parafrase|0.93
w:ruzie|gevoelsreflectie|-1.0
w:ruzie|samenvatting|0.93
w:ruzie|open-vraag|1.0
w:ruzie|adviseren|-0.83
w:ruzie|bekritiseren|-0.87
w:ruzietjes|geruststellen|-1.92
w:ruzietjes|afleiden|1.92
w:sam|afleiden|-0.73
w:samen|ik-boodschap|-0.93
w:samen|samenvatting|1.87
w:samen|aanmoediging|-0.76
w:samen|bevelen|-0.96
w:samen|moraliseren|-0.98
w:samen|adviseren|1.91
w:samen|prijzen|-0.87
w:samen|interpreteren|-0.93
w:samen|geruststellen|0.87
w:samen|vervolgafspraak|2.81
w:samen|bedanken|-0.48
w:samengevat|jij-boodschap|0.95
w:samengevat|parafrase|-0.98
w:samengevat|samenvatting|0.91
w:samengevat|aanmoediging|-0.98
w:samengevat|bekritiseren|0.3
w:samengevat|vervolgafspraak|0.92
w:samenvat|ik-boodschap|-0.81
w:samenvat|gevoelsreflectie|-0.92
w:samenvat|samenvatting|2.75
w:samenvatten|samenvatting|1.0
w:samenvatten|afronding-aankondigen|-0.9
w:samenvatten|bedanken|0.95
w:samenvattend|jij-boodschap|-0.94
w:samenvattend|parafrase|-0.99
w:samenvattend|samenvatting|1.87
w:samenvattend|aanmoediging|-0.86
w:samenvattend|moraliseren|-0.99
w:samenvattend|argumenteren|-0.96
w:samenvattend|afronding-aankondigen|-0.99
w:samenvattend|bedanken|0.89
w:samira|samenvatting|-0.96
w:sara|geruststellen|-0.93
w:schaamt|interpreteren|0.96
w:schandalig|bekritiseren|1.13
w:schandalig|interpreteren|-0.94
w:scheiding|interpreteren|1.98
w:scheiding|ondervragen|-0.99
w:scheikunde|waarschuwen|-0.93
w:schelden|bekritiseren|0.28
w:scherm|parafrase|-0.98
w:scherm|aanmoediging|-0.98
w:schermgebruik|argumenteren|0.91
w:schermgebruik|bekritiseren|0.73
w:schermtijd|open-vraag|-0.97
w:schermtijd|geruststellen|-0.97
w:schieten|ik-boodschap|0.93
w:schieten|bekritiseren|-0.66
w:schieten|vervolgafspraak|-0.84
w:school|ik-boodschap|-1.88
w:school|parafrase|-0.82
w:school|samenvatting|1.05
w:school|open-vraag|0.88
w:school|aanmoediging|-0.96
w:school|adviseren|1.8
w:school|argumenteren|-1.95
w:school|bekritiseren|0.35
w:school|interpreteren|1.79
w:school|geruststellen|0.9
w:school|afleiden|-0.57
w:school|afronding-aankondigen|-0.88
w:school|vervolgafspraak|-0.99
w:school|bedanken|-0.91
w:schoolarts|open-vraag|-0.97
w:schoolarts|vervolgafspraak|0.97
w:schoolgids|geruststellen|-0.9
w:schoolgids|ondervragen|-0.96
w:schoolgids|afleiden|-0.84
w:schoolplein|afleiden|0.95
w:schoolreis|afleiden|0.75
w:schoolreisje|parafrase|0.91
w:schooltijd|geruststellen|-0.87
w:schooltijd|afleiden|-0.93
w:schorsing|gevoelsreflectie|0.98
w:schorsing|samenvatting|-0.93
w:schorsing|waarschuwen|0.99
w:schorsing|moraliseren|0.91
w:schorsing|interpreteren|-0.99
w:schreef|bedanken|-0.64
w:schrift|waarschuwen|-0.94
w:schriftje|adviseren|0.83
w:schrijf|waarschuwen|0.92
w:schrijf|adviseren|0.83
w:schrijfopdracht|bedanken|-0.64
w:schrijft|argumenteren|0.94
w:schrik|gevoelsreflectie|1.5
w:schrikken|open-vraag|-0.99
w:schrikt|argumenteren|-0.99
w:schrikt|geruststellen|0.99
w:schrok|ik-boodschap|2.66
w:schrok|gevoelsreflectie|-1.9
w:schrok|bekritiseren|-0.11
w:schuift|jij-boodschap|1.0
w:schuift|bevelen|-0.62
w:schuift|bekritiseren|1.0
w:schuift|vervolgafspraak|0.96
w:schuld|jij-boodschap|0.95
w:schuld|samenvatting|-0.95
w:schuld|bekritiseren|1.91
w:schuld|interpreteren|-0.96
w:schuldig|bekritiseren|-1.48
w:schuldig|prijzen|-0.99
w:schuldig|interpreteren|0.99
w:schuldig|ondervragen|-0.99
w:sectie|gevoelsreflectie|0.76
w:sectie|samenvatting|0.86
w:sectie|etiketteren|0.95
w:sectie|vervolgafspraak|0.92
w:sem|ik-boodschap|1.08
w:sem|parafrase|-0.9
w:sem|open-vraag|0.98
w:sem|bekritiseren|-0.92
w:sem|etiketteren|0.12
w:sem|geruststellen|-0.97
w:september|argumenteren|0.99
w:serieus|jij-boodschap|0.97
w:serieus|bevelen|-1.0
w:serieus|bekritiseren|1.3
w:serieus|afronding-aankondigen|-1.0
w:sfeer|jij-boodschap|0.97
w:sfeer|samenvatting|0.92
w:sfeer|waarschuwen|0.87
w:sfeer|bekritiseren|1.33
w:sfeer|prijzen|-0.73
w:simpel|argumenteren|1.51
w:simpel|geruststellen|-0.8
w:sinds|ik-boodschap|2.91
w:sinds|jij-boodschap|-1.94
w:sinds|adviseren|-0.97
w:sinds|bekritiseren|-1.96
w:sinds|interpreteren|-0.93
w:situatie|gevoelsreflectie|-0.99
w:slaap|ik-boodschap|0.93
w:slaap|samenvatting|0.93
w:slaap|open-vraag|0.75
w:slaap|vervolgafspraak|-0.97
w:slaapt|parafrase|-0.95
w:slaapt|gevoelsreflectie|-0.99
w:slaapt|samenvatting|0.95
w:slaapt|aanmoediging|-0.76
w:slaapt|waarschuwen|-0.96
w:slaapt|bekritiseren|-0.96
w:slaat|jij-boodschap|-1.0
w:slaat|adviseren|-1.0
w:slaat|argumenteren|0.82
w:slaat|bekritiseren|1.0
w:slaat|geruststellen|-1.0
w:slaat|afleiden|-0.99
w:slapen|open-vraag|-0.98
w:slapen|argumenteren|0.91
w:slapen|afleiden|-0.98
w:slapen|vervolgafspraak|-0.98
w:slecht|ik-boodschap|-0.95
w:slecht|parafrase|-0.95
w:slecht|gevoelsreflectie|-0.99
w:slecht|samenvatting|0.95
w:slecht|open-vraag|-0.97
w:slecht|aanmoediging|-0.76
w:slecht|waarschuwen|-0.96
w:slecht|adviseren|-0.99
w:slecht|bekritiseren|-1.91
w:slecht|vervolgafspraak|0.97
w:slechte|jij-boodschap|-0.98
w:slechte|adviseren|-0.83
w:slechte|bekritiseren|0.99
w:slechte|etiketteren|-0.99
w:slechte|geruststellen|2.33
w:slim|adviseren|0.91
w:slim|bekritiseren|0.92
w:slim|geruststellen|-0.95
w:slimme|jij-boodschap|-0.81
w:slimme|moraliseren|-0.81
w:slimme|prijzen|1.87
w:slimste|adviseren|-0.81
w:slimste|prijzen|0.81
w:slimste|etiketteren|-0.93
w:slimste|ondervragen|-0.98
w:slordig|bekritiseren|0.84
w:slordig|etiketteren|-0.94
w:slordige|bekritiseren|-1.33
w:sluiten|samenvatting|0.95
w:sluiten|vervolgafspraak|-0.94
w:sluiten|bedanken|0.89
w:smeet|ik-boodschap|0.96
w:smit|jij-boodschap|-0.97
w:smit|bevelen|0.84
w:smit|interpreteren|-0.99
w:smoesjes|bekritiseren|-2.48
w:snackbar|ik-boodschap|0.97
w:snackbar|adviseren|-0.97
w:snap|parafrase|0.93
w:snap|gevoelsreflectie|1.96
w:snap|samenvatting|-0.88
w:snap|bevelen|0.97
w:snap|geruststellen|1.97
w:snapchat|bekritiseren|-0.9
w:snapt|jij-boodschap|-0.81
w:snapt|bevelen|-0.97
w:snapt|moraliseren|-0.81
w:snapt|argumenteren|-0.91
w:snapt|bekritiseren|0.88
w:snapt|prijzen|1.95
w:snapt|interpreteren|0.93
w:snel|parafrase|0.99
w:snel|waarschuwen|1.0
w:snel|ondervragen|-1.0
w:snel|bedanken|1.25
w:sneller|gevoelsreflectie|-0.73
w:soms|jij-boodschap|1.72
w:soms|bevelen|-0.94
w:soms|etiketteren|0.92
w:soms|geruststellen|0.94
w:soort|bekritiseren|1.46
w:soort|geruststellen|-0.93
w:soort|afleiden|0.93
w:sophie|ik-boodschap|-0.99
w:sophie|gevoelsreflectie|0.88
w:sorry|moraliseren|1.0
w:sorry|argumenteren|-1.0
w:sorry|interpreteren|-0.82
w:spannend|ik-boodschap|-0.97
w:spelcomputer|adviseren|0.9
w:spelcomputer|argumenteren|-0.99
w:spelen|bekritiseren|0.14
w:spijbelen|waarschuwen|0.83
w:spijbelt|ik-boodschap|-0.96
w:spijbelt|jij-boodschap|0.71
w:spijbelt|samenvatting|-0.95
w:spijbelt|moraliseren|-0.95
w:spijbelt|bekritiseren|0.86
w:spijbelt|geruststellen|-0.99
w:spreek|jij-boodschap|-0.94
w:spreek|adviseren|-1.0
w:spreek|afronding-aankondigen|-0.97
w:spreek|vervolgafspraak|0.96
w:spreken|ik-boodschap|-0.93
w:spreken|samenvatting|0.94
w:spreken|waarschuwen|-1.0
w:spreken|moraliseren|0.86
w:spreken|geruststellen|-0.97
w:spreken|afronding-aankondigen|-0.98
w:spreken|bedanken|-0.48
w:spullen|ik-boodschap|0.94
w:sta|ik-boodschap|0.97
w:staan|ik-boodschap|0.99
w:staan|open-vraag|-0.98
w:staan|argumenteren|0.95
w:staan|etiketteren|-0.77
w:staat|ik-boodschap|-0.62
w:staat|samenvatting|-0.93
w:staat|open-vraag|-0.97
w:staat|argumenteren|0.47
w:staat|bekritiseren|-0.97
w:staat|geruststellen|-0.9
w:staat|afleiden|-1.77
w:staat|vervolgafspraak|-0.98
w:stage|jij-boodschap|-0.89
w:stage|bekritiseren|-0.93
w:stage|afleiden|1.45
w:stagebegeleider|bevelen|1.33
w:stagebegeleider|vervolgafspraak|-1.63
w:stagedagen|waarschuwen|-1.0
w:stagedagen|moraliseren|-1.0
w:stagedagen|bekritiseren|-1.0
w:stap|bedanken|-0.95
w:statistisch|argumenteren|1.0
w:statistisch|afleiden|-1.0
w:steeds|ik-boodschap|2.69
w:steeds|jij-boodschap|1.85
w:steeds|gevoelsreflectie|-1.6
w:steeds|bevelen|-1.84
w:steeds|waarschuwen|-1.0
w:steeds|moraliseren|-1.0
w:steeds|bekritiseren|0.7
w:steeds|interpreteren|0.99
w:steeds|ondervragen|0.93
w:steeds|vervolgafspraak|-0.84
w:steek|ik-boodschap|-0.93
w:steek|gevoelsreflectie|0.99
w:stel|etiketteren|0.89
w:stel|afleiden|-0.97
w:stel|vervolgafspraak|0.99
w:stel|bedanken|-0.77
w:stellen|ik-boodschap|1.77
w:stellen|moraliseren|0.95
w:stellen|bekritiseren|0.95
w:stelt|jij-boodschap|0.97
w:stelt|bekritiseren|2.77
w:stelt|geruststellen|-0.95
w:stelt|afleiden|1.82
w:sterk|interpreteren|0.96
w:sterke|jij-boodschap|-1.0
w:sterke|samenvatting|-1.0
w:sterke|waarschuwen|-1.0
w:sterke|prijzen|1.0
w:sterke|etiketteren|-1.0
w:stiefvader|ik-boodschap|-0.62
w:stiefvader|samenvatting|-0.75
w:stiefvader|afleiden|-1.0
w:stijn|samenvatting|-0.96
w:stijn|open-vraag|-0.95
w:stil|argumenteren|-1.0
w:stil|interpreteren|1.0
w:stil|ondervragen|-0.95
w:stoer|bekritiseren|-0.82
w:stoer|interpreteren|0.96
w:stoer|afleiden|-0.73
w:stof|ik-boodschap|0.91
w:stof|argumenteren|-0.91
w:stond|argumenteren|1.89
w:stop|bevelen|0.97
w:stop|waarschuwen|0.93
w:stop|geruststellen|-0.97
w:stoppen|gevoelsreflectie|-0.96
w:stoppen|samenvatting|-0.95
w:stoppen|etiketteren|-0.77
w:stoppen|interpreteren|-0.92
w:stoppen|geruststellen|-1.0
w:stoppen|afronding-aankondigen|2.94
w:stoppen|vervolgafspraak|0.84
w:stoppen|bedanken|-0.22
w:stopt|gevoelsreflectie|-0.73
w:stopt|bevelen|0.98
w:stopt|moraliseren|-0.97
w:strafwerk|waarschuwen|-0.88
w:straks|waarschuwen|1.06
w:straks|bekritiseren|-0.9
w:straks|geruststellen|1.0
w:straks|vervolgafspraak|-1.72
w:streep|vervolgafspraak|-0.96
w:stress|argumenteren|-0.95
w:structuur|parafrase|-0.98
w:structuur|samenvatting|1.97
w:structuur|aanmoediging|-0.98
w:structuur|vervolgafspraak|-0.99
w:struikelen|ik-boodschap|-0.5
w:studiewijzer|argumenteren|0.82
w:stuk|adviseren|-0.99
w:stuk|etiketteren|0.95
w:stuk|geruststellen|0.16
w:sturen|ik-boodschap|-0.89
w:sturen|adviseren|-0.99
w:sturen|bekritiseren|2.33
w:sturen|geruststellen|-0.91
w:stuur|ik-boodschap|-0.98
w:stuur|parafrase|-1.0
w:stuur|open-vraag|-1.0
w:stuur|aanmoediging|-0.99
w:stuur|waarschuwen|0.99
w:stuur|argumenteren|-0.76
w:stuur|afronding-aankondigen|0.93
w:sven|adviseren|0.97
w:t|ik-boodschap|-0.62
w:t|samenvatting|-0.75
w:t|afleiden|-1.0
w:tafel|ik-boodschap|0.96
w:tafel|gevoelsreflectie|-0.79
w:tafel|samenvatting|0.96
w:tafel|open-vraag|0.97
w:tafel|afronding-aankondigen|-0.94
w:tafel|vervolgafspraak|1.93
w:tandarts|bevelen|-0.85
w:tas|ik-boodschap|-0.5
w:te|ik-boodschap|0.84
w:te|jij-boodschap|0.36
w:te|parafrase|-0.79
w:te|gevoelsreflectie|-1.14
w:te|samenvatting|-0.9
w:te|open-vraag|1.51
w:te|aanmoediging|-0.76
w:te|bevelen|-2.9
w:te|waarschuwen|-0.83
w:te|moraliseren|0.2
w:te|argumenteren|1.57
w:te|bekritiseren|1.67
w:te|prijzen|-1.0
w:te|etiketteren|-0.71
w:te|interpreteren|-1.0
w:te|geruststellen|-1.79
w:te|ondervragen|-0.91
w:te|afleiden|-1.19
w:te|vervolgafspraak|2.71
w:teamleider|samenvatting|-1.84
w:teamleider|aanmoediging|-0.99
w:teamleider|bevelen|-0.65
w:teamleider|waarschuwen|1.98
w:teamleider|interpreteren|-0.99
w:teamleider|afronding-aankondigen|-1.0
w:tegelijk|ik-boodschap|0.56
w:tegelijk|vervolgafspraak|-0.92
w:tegen|jij-boodschap|0.95
w:tegen|samenvatting|-0.95
w:tegen|open-vraag|-0.98
w:tegen|adviseren|-0.99
w:tegen|argumenteren|-0.94
w:tegen|bekritiseren|-0.88
w:tegen|prijzen|-0.99
w:tegen|geruststellen|-1.84
w:tegenover|jij-boodschap|0.98
w:tegenover|argumenteren|0.96
w:tegenover|bekritiseren|0.98
w:tegenovergestelde|jij-boodschap|0.97
w:tegenovergestelde|bekritiseren|0.97
w:tekening|etiketteren|-0.91
w:tekent|bevelen|-0.96
w:tekortgeschoten|bekritiseren|0.4
w:telefoon|parafrase|-0.91
w:telefoon|gevoelsreflectie|-0.96
w:telefoon|samenvatting|-1.0
w:telefoon|open-vraag|0.96
w:telefoon|bevelen|1.15
w:telefoon|waarschuwen|0.98
w:telefoon|moraliseren|0.95
w:telefoon|adviseren|1.89
w:telefoon|bekritiseren|-2.91
w:telefoon|afleiden|-1.0
w:telefoon|vervolgafspraak|-1.0
w:telefoonnummer|open-vraag|-1.63
w:telefoons|bevelen|0.82
w:telefoons|argumenteren|-0.82
w:teleur|jij-boodschap|0.97
w:teleur|bekritiseren|0.97
w:teleurgesteld|jij-boodschap|0.88
w:teleurgesteld|gevoelsreflectie|2.66
w:teleurgesteld|samenvatting|0.86
w:teleurgesteld|open-vraag|0.62
w:teleurgesteld|bekritiseren|0.96
w:teleurgesteld|geruststellen|-0.97
w:teleurgesteld|vervolgafspraak|0.92
w:telkens|vervolgafspraak|-0.97
w:tenminste|afleiden|1.45
w:terecht|bekritiseren|-0.89
w:terecht|geruststellen|0.77
w:terechtgebracht|bekritiseren|0.7
w:terug|parafrase|-1.77
w:terug|samenvatting|0.9
w:terug|bevelen|-0.99
w:terug|prijzen|-1.0
w:terug|afronding-aankondigen|-0.93
w:terug|vervolgafspraak|-0.93
w:terug|bedanken|-0.95
w:teruggebeld|gevoelsreflectie|0.63
w:terwijl|gevoelsreflectie|-0.96
w:terwijl|open-vraag|-0.98
w:terwijl|moraliseren|0.95
w:terwijl|bekritiseren|0.95
w:tess|open-vraag|-0.97
w:tess|vervolgafspraak|0.97
w:tess|bedanken|0.93
w:tevoren|ik-boodschap|-1.0
w:tevoren|jij-boodschap|-1.0
w:tevoren|gevoelsreflectie|-1.0
w:tevoren|samenvatting|-1.0
w:tevoren|open-vraag|-1.0
w:tevoren|aanmoediging|-1.0
w:tevoren|bevelen|-1.0
w:tevoren|waarschuwen|-1.0
w:tevoren|moraliseren|-1.0
w:tevoren|adviseren|-1.0
w:tevoren|argumenteren|1.0
w:tevoren|bekritiseren|-1.0
w:tevoren|prijzen|-1.0
w:tevoren|etiketteren|-1.0
w:tevoren|interpreteren|-1.0
w:tevoren|geruststellen|-1.0
w:tevoren|ondervragen|-1.0
w:tevoren|afleiden|-1.0
w:tevoren|afronding-aankondigen|-1.0
w:tevoren|vervolgafspraak|-1.0
w:tevoren|bedanken|-1.0
w:thanks|jij-boodschap|-1.0
w:thanks|bekritiseren|-1.0
w:thanks|interpreteren|-1.0
w:thanks|afronding-aankondigen|-1.0
w:thanks|bedanken|1.0
w:thijs|ik-boodschap|0.98
w:thuis|ik-boodschap|2.53
w:thuis|jij-boodschap|-0.94
w:thuis|gevoelsreflectie|-0.97
w:thuis|samenvatting|3.88
w:thuis|open-vraag|3.54
w:thuis|aanmoediging|-1.0
w:thuis|bevelen|-0.91
w:thuis|adviseren|0.94
w:thuis|bekritiseren|-1.64
w:thuis|etiketteren|-1.99
w:thuis|geruststellen|-1.87
w:thuis|ondervragen|1.0
w:thuis|afleiden|-1.0
w:thuis|vervolgafspraak|-0.97
w:thuisgehouden|bekritiseren|0.97
w:tien|ik-boodschap|0.92
w:tien|open-vraag|0.64
w:tien|waarschuwen|-0.92
w:tien|moraliseren|0.98
w:tien|adviseren|-0.92
w:tijd|ik-boodschap|-0.88
w:tijd|jij-boodschap|1.14
w:tijd|parafrase|-0.82
w:tijd|gevoelsreflectie|0.88
w:tijd|samenvatting|-0.98
w:tijd|open-vraag|0.68
w:tijd|aanmoediging|2.84
w:tijd|moraliseren|0.94
w:tijd|adviseren|-1.98
w:tijd|argumenteren|-0.94
w:tijd|bekritiseren|0.58
w:tijd|prijzen|-1.0
w:tijd|interpreteren|-0.98
w:tijd|ondervragen|-0.95
w:tijd|afronding-aankondigen|0.99
w:tijd|vervolgafspraak|-0.99
w:tijd|bedanken|0.96
w:tijden|open-vraag|-0.97
w:tijdens|ik-boodschap|-0.95
w:tijdens|parafrase|-0.91
w:tijdens|open-vraag|-1.84
w:tijdens|bekritiseren|-0.95
w:tijdstip|afronding-aankondigen|0.93
w:tillen|moraliseren|-0.86
w:tillen|interpreteren|-0.97
w:tillen|afleiden|1.71
w:tim|jij-boodschap|-0.76
w:timo|ik-boodschap|0.99
w:tip|adviseren|0.98
w:tja|open-vraag|-1.71
w:tja|bekritiseren|1.11
w:tja|afleiden|0.97
w:tja|bedanken|-1.81
w:toch|jij-boodschap|0.72
w:toch|open-vraag|-1.0
w:toch|bevelen|-0.96
w:toch|waarschuwen|-0.99
w:toch|moraliseren|2.08
w:toch|adviseren|-0.83
w:toch|argumenteren|-0.46
w:toch|bekritiseren|-0.87
w:toch|prijzen|2.81
w:toch|etiketteren|0.69
w:toch|geruststellen|-1.8
w:toch|ondervragen|-0.98
w:toch|afleiden|0.96
w:toch|bedanken|0.67
w:toe|ik-boodschap|1.93
w:toe|jij-boodschap|-1.0
w:toe|parafrase|-0.86
w:toe|bekritiseren|-1.0
w:toe|vervolgafspraak|0.89
w:toegestaan|ondervragen|0.98
w:toegeven|interpreteren|0.8
w:toekomt|ik-boodschap|0.93
w:toekomt|interpreteren|-0.93
w:toen|ik-boodschap|1.76
w:toen|jij-boodschap|0.97
w:toen|parafrase|1.0
w:toen|gevoelsreflectie|-1.82
w:toen|samenvatting|-0.97
w:toen|open-vraag|0.61
w:toen|aanmoediging|1.89
w:toen|moraliseren|-1.0
w:toen|etiketteren|-1.0
w:toen|ondervragen|-0.97
w:toen|bedanken|-1.0
w:toets|jij-boodschap|-1.0
w:toets|gevoelsreflectie|-0.24
w:toets|samenvatting|1.0
w:toets|open-vraag|-1.0
w:toets|aanmoediging|-1.0
w:toets|bevelen|-1.0
w:toets|waarschuwen|-1.0
w:toets|moraliseren|-1.0
w:toets|argumenteren|0.96
w:toets|bekritiseren|-1.0
w:toets|prijzen|-1.0
w:toets|etiketteren|-1.95
w:toets|interpreteren|-1.0
w:toets|geruststellen|-0.62
w:toets|ondervragen|-1.0
w:toets|afleiden|-1.98
w:toets|afronding-aankondigen|-1.0
w:toets|vervolgafspraak|0.84
w:toets|bedanken|-1.0
w:toetsen|ik-boodschap|0.96
w:toetsen|samenvatting|1.0
w:toetsen|aanmoediging|-0.97
w:toetsen|bevelen|-0.84
w:toetsen|argumenteren|0.75
w:toetsen|geruststellen|-0.93
w:toetsweek|ik-boodschap|0.99
w:toevoegen|samenvatting|0.93
w:toezicht|bekritiseren|-0.98
w:tof|ik-boodschap|0.97
w:tolk|ik-boodschap|-1.05
w:tolk|parafrase|0.91
w:tolk|bevelen|-0.99
w:tolk|adviseren|-1.0
w:tolk|afronding-aankondigen|0.99
w:tolk|vervolgafspraak|0.99
w:tolk|bedanken|-0.77
w:tom|interpreteren|0.96
w:top|prijzen|-0.83
w:tornen|argumenteren|0.91
w:tornen|geruststellen|-0.9
w:tornen|afleiden|-0.91
w:tot|jij-boodschap|-1.0
w:tot|parafrase|-1.77
w:tot|open-vraag|-0.99
w:tot|moraliseren|0.95
w:tot|bekritiseren|0.92
w:totaal|bekritiseren|0.41
w:training|samenvatting|-0.99
w:trap|ik-boodschap|0.14
w:trekt|parafrase|-0.94
w:trekt|etiketteren|-0.99
w:trouwens|bekritiseren|-0.64
w:trouwens|geruststellen|0.92
w:tussen|ik-boodschap|-0.62
w:tussen|samenvatting|-0.75
w:tussen|open-vraag|0.97
w:tussen|afleiden|-1.0
w:twaalf|bekritiseren|-0.94
w:twee|ik-boodschap|0.87
w:twee|jij-boodschap|-2.45
w:twee|parafrase|-1.0
w:twee|gevoelsreflectie|-1.86
w:twee|samenvatting|-1.07
w:twee|aanmoediging|-1.0
w:twee|bevelen|-1.0
w:twee|waarschuwen|-1.0
w:twee|moraliseren|-1.0
w:twee|argumenteren|1.82
w:twee|bekritiseren|-1.11
w:twee|prijzen|-1.0
w:twee|etiketteren|-1.0
w:twee|interpreteren|-1.0
w:twee|geruststellen|-1.0
w:twee|ondervragen|-1.0
w:twee|afleiden|-1.0
w:twee|afronding-aankondigen|-1.94
w:twee|vervolgafspraak|0.88
w:twee|bedanken|-1.0
w:tweede|gevoelsreflectie|0.94
w:tweede|waarschuwen|0.96
w:tweede|argumenteren|-0.49
w:tweede|geruststellen|0.94
w:tweede|afleiden|-0.1
w:tweede|bedanken|-1.0
w:twintig|afronding-aankondigen|-0.97
w:tygo|jij-boodschap|1.0
w:tygo|interpreteren|-1.0
w:typerend|ik-boodschap|-1.0
w:typerend|jij-boodschap|1.0
w:typerend|bekritiseren|1.0
w:typisch|etiketteren|0.99
w:u|ik-boodschap|-5.02
w:u|jij-boodschap|-0.17
w:u|parafrase|-0.94
w:u|gevoelsreflectie|0.33
w:u|samenvatting|-2.99
w:u|open-vraag|0.68
w:u|aanmoediging|-0.92
w:u|bevelen|-0.22
w:u|waarschuwen|-2.83
w:u|moraliseren|-1.0
w:u|adviseren|-1.1
w:u|argumenteren|-0.82
w:u|bekritiseren|-0.88
w:u|prijzen|-0.15
w:u|etiketteren|-1.02
w:u|interpreteren|-0.16
w:u|geruststellen|0.58
w:u|afleiden|-1.3
w:u|afronding-aankondigen|-2.89
w:u|vervolgafspraak|1.15
w:uit|ik-boodschap|0.97
w:uit|bevelen|1.0
w:uit|argumenteren|0.91
w:uit|bekritiseren|-0.7
w:uit|prijzen|-1.0
w:uit|interpreteren|-1.0
w:uit|geruststellen|-0.93
w:uit|ondervragen|0.81
w:uit|afleiden|-0.99
w:uit|afronding-aankondigen|-0.98
w:uitdaging|parafrase|1.0
w:uitdaging|gevoelsreflectie|-1.0
w:uitdaging|etiketteren|-1.0
w:uitdaging|interpreteren|0.99
w:uitdaging|ondervragen|-1.0
w:uiterlijk|bevelen|0.91
w:uitgelachen|ik-boodschap|0.9
w:uitgelachen|gevoelsreflectie|-0.96
w:uitgelachen|bekritiseren|-0.11
w:uitgeschreven|afleiden|-0.98
w:uitkomen|ik-boodschap|-0.93
w:uitlachen|moraliseren|0.97
w:uitleg|ik-boodschap|0.56
w:uitleg|parafrase|-0.86
w:uitleg|gevoelsreflectie|-0.96
w:uitleg|open-vraag|0.73
w:uitleg|waarschuwen|-0.98
w:uitpraten|bekritiseren|0.1
w:uitschelden|jij-boodschap|-1.69
w:uitschelden|waarschuwen|0.92
w:uitschelden|moraliseren|0.99
w:uitschelden|bekritiseren|-2.0
w:uitslag|adviseren|-0.83
w:uitvallen|waarschuwen|-1.0
w:uitvallen|moraliseren|-1.0
w:uitvallen|bekritiseren|-1.0
w:uitvalt|open-vraag|-0.98
w:uitzondering|bevelen|1.0
w:update|ik-boodschap|-0.89
w:uploaden|ik-boodschap|-0.97
w:uploaden|open-vraag|-0.97
w:uploaden|geruststellen|-0.97
w:uren|ik-boodschap|0.97
w:uren|samenvatting|0.95
w:uren|waarschuwen|-1.0
w:uren|moraliseren|-2.0
w:uren|adviseren|-0.97
w:uren|prijzen|-1.0
w:uren|bedanken|0.89
w:uur|ik-boodschap|1.85
w:uur|jij-boodschap|0.83
w:uur|parafrase|-0.93
w:uur|gevoelsreflectie|-0.79
w:uur|samenvatting|-0.93
w:uur|bevelen|-1.63
w:uur|waarschuwen|-1.86
w:uur|moraliseren|0.98
w:uur|adviseren|-0.91
w:uur|bekritiseren|-0.11
w:uur|ondervragen|-1.0
w:uur|afronding-aankondigen|-1.87
w:uur|vervolgafspraak|0.95
w:uur|bedanken|-1.95
w:uurtje|gevoelsreflectie|0.97
w:uurtje|adviseren|0.97
w:uw|ik-boodschap|1.56
w:uw|jij-boodschap|0.35
w:uw|parafrase|-0.91
w:uw|gevoelsreflectie|0.1
w:uw|bekritiseren|0.16
w:uw|prijzen|1.7
w:uw|geruststellen|-1.87
w:uw|afleiden|-0.93
w:uw|vervolgafspraak|0.91
w:uw|bedanken|1.24
w:vaak|ik-boodschap|-1.93
w:vaak|parafrase|-0.86
w:vaak|gevoelsreflectie|-0.79
w:vaak|bedanken|-0.64
w:vader|parafrase|0.93
w:vader|samenvatting|-1.0
w:vader|bevelen|-1.42
w:vader|adviseren|-0.93
w:vader|prijzen|0.99
w:vader|geruststellen|-2.85
w:vader|vervolgafspraak|0.76
w:vak|open-vraag|-0.92
w:vakantie|adviseren|-0.81
w:vakantie|prijzen|0.81
w:vakantie|geruststellen|0.92
w:vakantie|afleiden|1.86
w:vakantie|vervolgafspraak|-0.93
w:vakdocenten|jij-boodschap|-0.94
w:vakdocenten|samenvatting|0.94
w:vaker|parafrase|-0.99
w:vaker|gevoelsreflectie|-0.72
w:vaker|moraliseren|-0.99
w:vaker|adviseren|1.0
w:vaker|bekritiseren|-1.0
w:vaker|ondervragen|-0.82
w:vaker|afronding-aankondigen|-0.99
w:vakken|parafrase|0.95
w:valt|ik-boodschap|-0.95
w:valt|jij-boodschap|-0.83
w:valt|gevoelsreflectie|-0.79
w:valt|argumenteren|1.88
w:valt|geruststellen|-0.9
w:valt|afleiden|-0.91
w:van|ik-boodschap|0.17
w:van|parafrase|-0.97
w:van|gevoelsreflectie|-1.77
w:van|samenvatting|-3.82
w:van|open-vraag|-0.28
w:van|aanmoediging|-2.0
w:van|bevelen|-0.35
w:van|waarschuwen|-1.0
w:van|moraliseren|0.99
w:van|adviseren|-1.9
w:van|argumenteren|-0.66
w:van|bekritiseren|1.17
w:van|etiketteren|-0.97
w:van|interpreteren|-1.02
w:van|geruststellen|-1.99
w:van|ondervragen|-1.02
w:van|afleiden|-1.01
w:van|afronding-aankondigen|-1.0
w:van|vervolgafspraak|-0.97
w:van|bedanken|-1.98
w:vanaf|samenvatting|-1.0
w:vanaf|bevelen|0.49
w:vanaf|waarschuwen|-0.96
w:vanaf|geruststellen|-1.0
w:vanavond|vervolgafspraak|-0.21
w:vandaag|ik-boodschap|-0.76
w:vandaag|samenvatting|-1.94
w:vandaag|open-vraag|-0.97
w:vandaag|waarschuwen|-0.96
w:vandaag|argumenteren|-0.98
w:vandaag|bekritiseren|-0.64
w:vandaag|etiketteren|0.24
w:vandaag|interpreteren|-0.92
w:vandaag|geruststellen|-0.84
w:vandaag|afleiden|-0.45
w:vandaag|afronding-aankondigen|1.89
w:vandaag|vervolgafspraak|0.1
w:vandaag|bedanken|0.5
w:vanmiddag|bevelen|1.61
w:vanochtend|ik-boodschap|0.93
w:vanochtend|vervolgafspraak|-0.92
w:vanzelf|etiketteren|-0.98
w:vanzelf|interpreteren|0.13
w:vanzelf|geruststellen|0.9
w:vanzelf|afleiden|-1.6
w:vast|jij-boodschap|-1.0
w:vast|samenvatting|-1.0
w:vast|bevelen|-0.96
w:vast|waarschuwen|-1.88
w:vast|adviseren|-0.83
w:vast|argumenteren|-0.95
w:vast|bekritiseren|-0.33
w:vast|prijzen|4.0
w:vast|etiketteren|-1.68
w:vast|interpreteren|-1.92
w:vast|geruststellen|0.14
w:vast|bedanken|-0.95
w:vaste|ik-boodschap|0.93
w:vaste|open-vraag|-0.97
w:vaste|adviseren|0.93
w:vaste|prijzen|-0.98
w:vaste|geruststellen|-0.97
w:vatten|aanmoediging|-0.76
w:veel|parafrase|0.98
w:veel|open-vraag|-0.99
w:veel|bekritiseren|-0.97
w:veel|geruststellen|0.99
w:veel|ondervragen|0.81
w:veertien|moraliseren|0.98
w:veilig|parafrase|0.88
w:veilig|gevoelsreflectie|-0.87
w:veilig|samenvatting|-0.96
w:vel|jij-boodschap|-0.92
w:vel|moraliseren|-0.96
w:veranderde|parafrase|1.0
w:veranderde|open-vraag|1.0
w:veranderde|moraliseren|-1.0
w:veranderde|bedanken|-1.0
w:verandert|waarschuwen|0.99
w:verantwoordelijkheid|jij-boodschap|0.4
w:verantwoordelijkheid|bevelen|-0.92
w:verantwoordelijkheid|moraliseren|0.95
w:verantwoordelijkheid|bekritiseren|1.0
w:verbergen|ik-boodschap|-0.93
w:verbergen|interpreteren|0.93
w:verbeteringen|waarschuwen|-0.94
w:verbouwing|afleiden|0.91
w:verder|ik-boodschap|-1.0
w:verder|jij-boodschap|0.43
w:verder|aanmoediging|1.7
w:verder|prijzen|-0.98
w:verder|etiketteren|-0.94
w:verder|geruststellen|-1.0
w:verder|ondervragen|-1.0
w:verder|vervolgafspraak|1.82
w:verdergaan|bekritiseren|-0.98
w:verdergaan|geruststellen|-0.76
w:verdergaan|afleiden|0.98
w:verdergaan|afronding-aankondigen|0.99
w:verdergaan|vervolgafspraak|0.99
w:verdergaan|bedanken|-0.77
w:verdiend|parafrase|-0.99
w:verdoen|jij-boodschap|1.75
w:verdoen|samenvatting|-0.98
w:verdoen|bevelen|-0.98
w:verdoen|bekritiseren|1.52
w:verdriet|gevoelsreflectie|0.83
w:verdriet|bedanken|0.98
w:verdrietig|parafrase|-1.0
w:verdrietig|gevoelsreflectie|0.97
w:verdrietig|samenvatting|-1.95
w:verdrietig|open-vraag|-1.0
w:vergeet|ik-boodschap|0.94
w:vergeet|open-vraag|-0.97
w:vergeet|bevelen|-0.94
w:vergeet|argumenteren|0.99
w:vergeet|etiketteren|-0.95
w:vergeet|geruststellen|0.94
w:vergeet|vervolgafspraak|0.97
w:vergeten|gevoelsreflectie|-0.86
w:vergeten|open-vraag|1.93
w:vergeten|bekritiseren|-0.67
w:vergist|argumenteren|0.9
w:verhaal|bekritiseren|-0.85
w:verhaal|vervolgafspraak|0.96
w:verhuizing|parafrase|1.0
w:verhuizing|open-vraag|1.0
w:verhuizing|moraliseren|-1.0
w:verhuizing|argumenteren|-1.0
w:verhuizing|bekritiseren|-0.14
w:verhuizing|interpreteren|1.0
w:verhuizing|bedanken|-1.0
w:verjaardag|argumenteren|-1.0
w:verkeerd|jij-boodschap|-2.64
w:verkeerd|argumenteren|0.99
w:verkeerd|bekritiseren|-2.7
w:verkeerd|geruststellen|1.8
w:verlaagt|argumenteren|0.91
w:verleden|bekritiseren|-0.88
w:verlies|samenvatting|-1.0
w:verlies|vervolgafspraak|-1.0
w:verlof|bevelen|-0.96
w:verpest|ik-boodschap|-0.93
w:verpest|jij-boodschap|0.97
w:verpest|waarschuwen|0.87
w:verpest|argumenteren|-0.95
w:verpest|bekritiseren|2.32
w:verpest|prijzen|-0.73
w:verpleegkundige|prijzen|1.7
w:verrast|ik-boodschap|0.96
w:verrast|bevelen|-0.84
w:verschoven|geruststellen|-0.6
w:verschuiven|vervolgafspraak|-0.97
w:verslag|bekritiseren|-0.96
w:verslag|etiketteren|-0.94
w:versta|vervolgafspraak|-0.92
w:verstandig|adviseren|1.0
w:verstandig|argumenteren|-0.95
w:verstandig|afleiden|-1.0
w:vertaalt|bevelen|-0.99
w:vertalen|adviseren|-1.0
w:vertel|gevoelsreflectie|-1.0
w:vertel|samenvatting|-1.0
w:vertel|open-vraag|1.0
w:vertel|aanmoediging|1.68
w:verteld|ondervragen|0.99
w:vertellen|gevoelsreflectie|0.95
w:vertelt|parafrase|0.98
w:vertelt|aanmoediging|0.99
w:vertelt|bekritiseren|-0.97
w:vertelt|vervolgafspraak|-0.87
w:vertelt|bedanken|1.65
w:vertrouwen|bekritiseren|0.68
w:vertrouwenspersoon|vervolgafspraak|0.92
w:vervelend|open-vraag|-0.34
w:vervelend|aanmoediging|-1.0
w:verwacht|open-vraag|-0.37
w:verwacht|bevelen|0.65
w:verwacht|bekritiseren|-0.97
w:verwachten|moraliseren|1.8
w:verwend|etiketteren|0.99
w:verwerkt|argumenteren|-1.0
w:verwerkt|interpreteren|1.0
w:verzint|bekritiseren|-2.48
w:verzuim|ik-boodschap|-0.99
w:verzuim|jij-boodschap|-0.89
w:verzuim|samenvatting|1.95
w:verzuim|bekritiseren|-0.93
w:verzuim|vervolgafspraak|0.96
w:via|parafrase|0.91
w:via|bekritiseren|-0.9
w:via|prijzen|-0.91
w:vier|ik-boodschap|-0.98
w:vier|adviseren|-0.95
w:vier|ondervragen|-1.0
w:vier|afronding-aankondigen|-1.0
w:vierde|moraliseren|0.95
w:vijf|moraliseren|-0.92
w:vijf|argumenteren|1.67
w:vijf|vervolgafspraak|-0.92
w:vind|ik-boodschap|2.84
w:vind|jij-boodschap|1.01
w:vind|parafrase|-0.91
w:vind|gevoelsreflectie|-0.88
w:vind|open-vraag|1.61
w:vind|aanmoediging|-2.0
w:vind|waarschuwen|-1.0
w:vind|adviseren|0.93
w:vind|argumenteren|-0.76
w:vind|bekritiseren|1.05
w:vind|vervolgafspraak|0.91
w:vinden|bekritiseren|0.97
w:vinden|prijzen|0.83
w:vindt|jij-boodschap|0.83
w:vindt|gevoelsreflectie|-1.0
w:vindt|samenvatting|1.0
w:vindt|waarschuwen|-0.88
w:vindt|moraliseren|-0.99
w:vindt|bekritiseren|0.13
w:vindt|prijzen|0.98
w:vindt|afronding-aankondigen|-0.99
w:vinger|geruststellen|-0.93
w:vlak|argumenteren|0.91
w:vmbo|ik-boodschap|-0.99
w:voeden|argumenteren|-0.64
w:voeden|bekritiseren|0.98
w:voel|ik-boodschap|-0.93
w:voelen|gevoelsreflectie|0.96
w:voelen|bekritiseren|-0.5
w:voelt|ik-boodschap|-1.93
w:voelt|parafrase|-0.13
w:voelt|gevoelsreflectie|2.54
w:voelt|samenvatting|0.99
w:voelt|open-vraag|-1.0
w:voelt|bevelen|-1.0
w:voelt|bekritiseren|-0.98
w:voelt|prijzen|-0.99
w:voelt|interpreteren|0.92
w:voelt|ondervragen|-0.99
w:voelt|bedanken|0.25
w:voetbalwedstrijd|open-vraag|-1.57
w:voetbalwedstrijd|afleiden|1.69
w:voldoende|argumenteren|0.55
w:voldoende|geruststellen|-0.8
w:volg|parafrase|1.0
w:volg|samenvatting|-1.0
w:volg|prijzen|-1.0
w:volg|afleiden|-0.92
w:volgen|ik-boodschap|0.56
w:volgend|waarschuwen|0.96
w:volgend|bekritiseren|-0.93
w:volgend|prijzen|-0.84
w:volgende|ik-boodschap|-1.81
w:volgende|gevoelsreflectie|0.76
w:volgende|open-vraag|-1.97
w:volgende|aanmoediging|-1.0
w:volgende|adviseren|-0.95
w:volgende|etiketteren|-0.77
w:volgende|ondervragen|-1.0
w:volgende|afronding-aankondigen|-1.04
w:volgende|vervolgafspraak|2.03
w:volgende|bedanken|0.95
w:volgens|gevoelsreflectie|-0.96
w:volgens|open-vraag|1.0
w:volgens|moraliseren|-0.87
w:volgens|adviseren|-0.97
w:volgens|argumenteren|-0.95
w:volgens|interpreteren|0.99
w:volgt|waarschuwen|0.99
w:volgt|moraliseren|0.91
w:volgt|adviseren|-0.91
w:volwassen|prijzen|0.99
w:vond|ik-boodschap|2.76
w:vond|bekritiseren|0.59
w:vond|interpreteren|-0.99
w:vond|afleiden|0.95
w:voor|ik-boodschap|4.81
w:voor|jij-boodschap|-3.33
w:voor|gevoelsreflectie|0.59
w:voor|open-vraag|1.09
w:voor|aanmoediging|-0.97
w:voor|bevelen|-0.99
w:voor|argumenteren|-0.69
w:voor|bekritiseren|-1.85
w:voor|etiketteren|-2.92
w:voor|interpreteren|-0.95
w:voor|geruststellen|-0.98
w:voor|ondervragen|-1.0
w:voor|afleiden|-0.55
w:voor|bedanken|0.83
w:vooral|parafrase|0.94
w:vooral|gevoelsreflectie|0.12
w:vooral|bekritiseren|-0.9
w:vooral|interpreteren|1.0
w:voorbeeld|gevoelsreflectie|-0.94
w:voorbeeld|moraliseren|0.95
w:voorbeeld|adviseren|-0.93
w:voorbij|ik-boodschap|-0.84
w:voorkomen|bekritiseren|0.72
w:voorstellen|ik-boodschap|-0.89
w:voorstellen|gevoelsreflectie|0.92
w:voorstellen|open-vraag|-0.65
w:voortaan|bevelen|0.65
w:voortaan|bekritiseren|0.83
w:vorige|ik-boodschap|0.86
w:vorige|ondervragen|0.97
w:vorige|vervolgafspraak|-0.94
w:vraag|ik-boodschap|0.89
w:vraag|jij-boodschap|0.7
w:vraag|bevelen|0.89
w:vraag|ondervragen|-0.94
w:vraagt|prijzen|-0.98
w:vragen|ik-boodschap|-0.89
w:vragen|moraliseren|-0.93
w:vragen|adviseren|1.67
w:vreselijk|bekritiseren|1.81
w:vrienden|ik-boodschap|-0.95
w:vrienden|parafrase|-0.95
w:vrienden|samenvatting|0.95
w:vrienden|aanmoediging|-0.86
w:vrienden|interpreteren|1.99
w:vrienden|vervolgafspraak|-0.97
w:vriendengroep|open-vraag|0.75
w:vriendengroep|afronding-aankondigen|-0.9
w:vriendengroep|vervolgafspraak|-0.97
w:vriendinnen|ik-boodschap|-0.98
w:vriendje|ondervragen|0.81
w:vriendschappen|jij-boodschap|-0.94
w:vries|bevelen|0.99
w:vrijdag|ik-boodschap|-1.91
w:vrijdag|jij-boodschap|-0.94
w:vrijdag|moraliseren|-1.0
w:vrijdag|adviseren|-1.91
w:vrijdag|bekritiseren|-1.0
w:vrijdag|prijzen|-1.0
w:vrijdag|vervolgafspraak|0.98
w:vrijdag|bedanken|-0.88
w:vrijheid|bekritiseren|0.55
w:vrijhied|bekritiseren|0.64
w:vroeg|ik-boodschap|0.96
w:vroeger|interpreteren|0.96
w:vrouw|jij-boodschap|-1.0
w:vrouw|samenvatting|-1.0
w:vrouw|waarschuwen|-1.0
w:vrouw|prijzen|2.87
w:vrouw|etiketteren|-1.0
w:waait|afleiden|-0.99
w:waar|ik-boodschap|0.98
w:waar|moraliseren|0.96
w:waar|adviseren|-0.99
w:waar|argumenteren|0.64
w:waar|etiketteren|-0.98
w:waar|interpreteren|-0.78
w:waar|afronding-aankondigen|-0.94
w:waar|vervolgafspraak|-0.98
w:waardeloos|bekritiseren|0.95
w:waardoor|ik-boodschap|2.15
w:waardoor|parafrase|-0.9
w:waardoor|gevoelsreflectie|-0.86
w:waardoor|open-vraag|1.94
w:waardoor|adviseren|0.93
w:waardoor|bekritiseren|-0.96
w:waarin|gevoelsreflectie|-0.99
w:waarom|ik-boodschap|-0.9
w:waarom|jij-boodschap|-0.99
w:waarom|bevelen|-0.94
w:waarom|adviseren|1.99
w:waarom|geruststellen|-0.94
w:waarom|ondervragen|2.04
w:waarom|afleiden|-0.96
w:waarschuwing|parafrase|-0.91
w:wachten|waarschuwen|-0.99
w:wachten|adviseren|-0.83
w:wachten|etiketteren|-0.77
w:wachten|afronding-aankondigen|0.94
w:wachten|vervolgafspraak|-0.94
w:wakker|jij-boodschap|-0.75
w:wakker|open-vraag|0.98
w:wakker|geruststellen|1.0
w:wanneer|ik-boodschap|2.97
w:wanneer|parafrase|-1.9
w:wanneer|gevoelsreflectie|-0.94
w:wanneer|samenvatting|-1.0
w:wanneer|open-vraag|0.11
w:wanneer|waarschuwen|-0.92
w:wanneer|adviseren|-0.92
w:wanneer|argumenteren|-1.0
w:wanneer|afleiden|-0.96
w:wanneer|vervolgafspraak|-1.0
w:want|ik-boodschap|2.88
w:want|open-vraag|-0.97
w:want|argumenteren|0.64
w:want|bekritiseren|0.96
w:want|interpreteren|-0.91
w:want|afronding-aankondigen|-0.94
w:want|vervolgafspraak|-0.79
w:waren|bekritiseren|-0.61
w:was|jij-boodschap|-0.98
w:was|parafrase|0.91
w:was|open-vraag|-1.96
w:was|waarschuwen|-1.97
w:was|adviseren|0.81
w:was|argumenteren|1.0
w:was|bekritiseren|0.89
w:was|etiketteren|-1.0
w:was|interpreteren|-1.0
w:was|ondervragen|0.22
w:was|afleiden|0.78
w:was|vervolgafspraak|0.92
w:was|bedanken|-0.98
w:wat|ik-boodschap|0.78
w:wat|jij-boodschap|1.57
w:wat|parafrase|-0.86
w:wat|gevoelsreflectie|-1.9
w:wat|open-vraag|2.77
w:wat|aanmoediging|-0.9
w:wat|bevelen|0.87
w:wat|moraliseren|0.73
w:wat|adviseren|-0.91
w:wat|bekritiseren|0.29
w:wat|prijzen|0.9
w:wat|geruststellen|-0.93
w:wat|ondervragen|-1.71
w:wat|afleiden|0.92
w:wat|afronding-aankondigen|-0.9
w:wat|vervolgafspraak|-0.98
w:wat|bedanken|-2.93
w:wc|gevoelsreflectie|-0.72
w:we|ik-boodschap|-2.31
w:we|jij-boodschap|-2.55
w:we|parafrase|-1.99
w:we|gevoelsreflectie|-0.98
w:we|samenvatting|2.95
w:we|open-vraag|-1.95
w:we|aanmoediging|-1.91
w:we|bevelen|-1.46
w:we|waarschuwen|-1.88
w:we|moraliseren|-0.98
w:we|bekritiseren|-4.12
w:we|prijzen|-0.85
w:we|etiketteren|0.14
w:we|interpreteren|-1.91
w:we|geruststellen|-0.89
w:we|afleiden|0.14
w:we|afronding-aankondigen|0.23
w:we|vervolgafspraak|2.05
w:we|bedanken|-2.53
w:website|waarschuwen|-0.9
w:website|argumenteren|-1.61
w:website|afleiden|-0.93
w:weegt|open-vraag|0.75
w:weegt|vervolgafspraak|-0.97
w:week|gevoelsreflectie|-0.1
w:week|open-vraag|-1.02
w:week|aanmoediging|-1.0
w:week|adviseren|0.96
w:week|argumenteren|-1.87
w:week|bekritiseren|0.7
w:week|afleiden|-0.96
w:week|afronding-aankondigen|-1.0
w:week|vervolgafspraak|0.98
w:week|bedanken|0.95
w:weekend|ik-boodschap|0.98
w:weekend|bekritiseren|-0.82
w:weekend|ondervragen|0.19
w:weekend|vervolgafspraak|-0.98
w:weekplanning|moraliseren|-0.98
w:weer|ik-boodschap|-0.76
w:weer|parafrase|-0.93
w:weer|gevoelsreflectie|-0.98
w:weer|waarschuwen|1.11
w:weer|moraliseren|-0.95
w:weer|argumenteren|-0.95
w:weer|bekritiseren|2.75
w:weer|prijzen|-1.0
w:weer|etiketteren|0.15
w:weer|afleiden|-2.5
w:weer|afronding-aankondigen|-0.87
w:weer|vervolgafspraak|1.94
w:weer|bedanken|-2.17
w:wees|argumenteren|-0.63
w:wees|geruststellen|0.65
w:weet|ik-boodschap|1.81
w:weet|jij-boodschap|-0.29
w:weet|parafrase|-0.85
w:weet|gevoelsreflectie|-0.92
w:weet|samenvatting|-0.95
w:weet|waarschuwen|0.96
w:weet|moraliseren|0.9
w:weet|bekritiseren|1.81
w:weet|prijzen|-1.0
w:weet|etiketteren|0.95
w:weet|geruststellen|0.1
w:weet|afronding-aankondigen|-0.94
w:weg|bevelen|0.52
w:weg|etiketteren|-1.0
w:weg|ondervragen|-1.0
w:wegblijft|parafrase|-0.91
w:wegbrengen|bevelen|0.91
w:wegbrengen|adviseren|-0.91
w:wegkomt|waarschuwen|0.92
w:wegstopt|waarschuwen|0.94
w:wegzakt|ik-boodschap|1.0
w:wegzakt|adviseren|1.0
w:wegzetten|adviseren|1.0
w:wegzetten|bekritiseren|0.85
w:wegzetten|etiketteren|-1.0
w:weinig|ik-boodschap|1.0
w:weinig|parafrase|1.99
w:weinig|gevoelsreflectie|-1.0
w:weinig|aanmoediging|-1.52
w:weinig|adviseren|1.0
w:weinig|argumenteren|-0.96
w:weinig|geruststellen|-0.98
w:wekelijks|parafrase|-0.98
w:wekelijks|aanmoediging|-0.98
w:weken|ik-boodschap|0.81
w:weken|jij-boodschap|-1.43
w:weken|parafrase|-1.0
w:weken|gevoelsreflectie|-1.99
w:weken|samenvatting|0.96
w:weken|open-vraag|-1.0
w:weken|aanmoediging|-1.0
w:weken|bevelen|-1.0
w:weken|waarschuwen|-1.0
w:weken|moraliseren|-1.0
w:weken|adviseren|-0.14
w:weken|argumenteren|2.72
w:weken|bekritiseren|-1.94
w:weken|prijzen|-1.0
w:weken|etiketteren|-1.0
w:weken|interpreteren|-1.0
w:weken|ondervragen|-1.0
w:weken|afleiden|-1.97
w:weken|afronding-aankondigen|-1.94
w:weken|vervolgafspraak|2.76
w:weken|bedanken|-1.0
w:wekker|adviseren|0.81
w:wel|ik-boodschap|-1.85
w:wel|jij-boodschap|-1.72
w:wel|gevoelsreflectie|-2.73
w:wel|open-vraag|-0.92
w:wel|aanmoediging|0.97
w:wel|bevelen|-1.95
w:wel|waarschuwen|-1.0
w:wel|moraliseren|-2.0
w:wel|adviseren|-0.94
w:wel|argumenteren|-0.99
w:wel|bekritiseren|-0.93
w:wel|prijzen|-0.11
w:wel|etiketteren|-1.0
w:wel|geruststellen|2.69
w:wel|ondervragen|-0.98
w:wel|afleiden|0.86
w:wel|bedanken|0.52
w:welk|open-vraag|-2.55
w:welke|open-vraag|-0.99
w:wereld|argumenteren|-0.49
w:wereld|afleiden|0.92
w:werk|ik-boodschap|-0.92
w:werk|gevoelsreflectie|-1.0
w:werk|bevelen|-1.0
w:werk|adviseren|0.93
w:werk|interpreteren|-0.96
w:werk|afronding-aankondigen|-1.0
w:werkelijk|bekritiseren|0.95
w:werken|ik-boodschap|0.9
w:werken|bevelen|-0.96
w:werken|waarschuwen|1.0
w:werken|ondervragen|-1.0
w:werkmap|gevoelsreflectie|-0.59
w:werkstuk|bevelen|0.91
w:werkstuk|argumenteren|0.65
w:werkstuk|bekritiseren|0.95
w:werkt|ik-boodschap|0.97
w:werkt|parafrase|-1.0
w:werkt|adviseren|-0.97
w:werkt|argumenteren|0.96
w:werkt|bekritiseren|-0.82
w:werkt|geruststellen|-1.0
w:werkweek|ik-boodschap|-1.6
w:werkweek|parafrase|0.91
w:wessel|vervolgafspraak|-0.97
w:weten|parafrase|-0.86
w:weten|gevoelsreflectie|-1.0
w:weten|open-vraag|-1.0
w:weten|aanmoediging|-0.96
w:weten|bevelen|-0.73
w:weten|waarschuwen|-1.93
w:weten|moraliseren|1.9
w:weten|argumenteren|0.99
w:weten|bekritiseren|1.26
w:weten|vervolgafspraak|1.0
w:wie|ik-boodschap|-1.99
w:wie|open-vraag|-0.98
w:wie|adviseren|-0.99
w:wie|argumenteren|2.46
w:wie|bekritiseren|-0.82
w:wie|etiketteren|-0.95
w:wie|interpreteren|-1.99
w:wie|geruststellen|-0.8
w:wie|ondervragen|2.99
w:wie|afleiden|-1.92
w:wie|vervolgafspraak|-1.99
w:wie|bedanken|-0.95
w:wij|open-vraag|-0.99
w:wij|geruststellen|0.97
w:wijkteam|adviseren|0.86
w:wijsneus|jij-boodschap|2.45
w:wijsneus|etiketteren|2.33
w:wijze|prijzen|0.96
w:wil|ik-boodschap|-0.95
w:wil|jij-boodschap|-0.97
w:wil|parafrase|-1.1
w:wil|gevoelsreflectie|-0.92
w:wil|samenvatting|1.06
w:wil|open-vraag|0.96
w:wil|bevelen|0.97
w:wil|waarschuwen|-0.99
w:wil|moraliseren|-1.98
w:wil|adviseren|-0.98
w:wil|bekritiseren|1.13
w:wil|prijzen|0.96
w:wil|interpreteren|2.0
w:wil|afleiden|0.99
w:wil|afronding-aankondigen|0.83
w:wil|vervolgafspraak|-0.96
w:wil|bedanken|0.99
w:wilden|bedanken|0.76
w:willen|gevoelsreflectie|-0.98
w:willen|samenvatting|0.9
w:wilt|ik-boodschap|-0.92
w:wilt|parafrase|0.28
w:wilt|gevoelsreflectie|-2.35
w:wilt|samenvatting|2.83
w:wilt|bekritiseren|-1.8
w:wilt|prijzen|-1.0
w:wilt|interpreteren|0.8
w:wilt|vervolgafspraak|0.92
w:wiskunde|jij-boodschap|-0.95
w:wiskunde|gevoelsreflectie|-0.72
w:wiskunde|bevelen|-0.91
w:wiskunde|argumenteren|0.29
w:wiskunde|bekritiseren|-0.95
w:wiskunde|interpreteren|0.82
w:wiskunde|vervolgafspraak|-1.0
w:wist|ik-boodschap|-0.87
w:wist|parafrase|0.99
w:wist|gevoelsreflectie|-0.7
w:wist|samenvatting|1.0
w:wist|argumenteren|-1.97
w:wit|argumenteren|0.95
w:woensdag|open-vraag|-0.97
w:woensdag|adviseren|-0.95
w:woensdag|prijzen|0.83
w:woensdag|ondervragen|-1.0
w:woensdag|afronding-aankondigen|-1.0
w:woensdag|vervolgafspraak|1.97
w:woensdag|bedanken|-1.0
w:wonen|open-vraag|-1.0
w:wonen|bekritiseren|-0.87
w:woont|samenvatting|-1.0
w:woont|geruststellen|-1.0
w:woord|bekritiseren|0.88
w:woorden|ik-boodschap|-0.87
w:woorden|parafrase|0.99
w:woorden|gevoelsreflectie|-0.7
w:woorden|samenvatting|0.8
w:woorden|waarschuwen|0.93
w:woorden|argumenteren|-0.99
w:word|ik-boodschap|0.94
w:word|jij-boodschap|-1.0
w:word|gevoelsreflectie|-0.88
w:word|samenvatting|-0.96
w:word|vervolgafspraak|-0.84
w:worden|gevoelsreflectie|-0.73
w:worden|bevelen|0.99
w:worden|argumenteren|0.96
w:worden|bedanken|-0.99
w:wordt|ik-boodschap|-0.43
w:wordt|gevoelsreflectie|1.0
w:wordt|samenvatting|-1.92
w:wordt|open-vraag|-1.0
w:wordt|bevelen|-0.37
w:wordt|waarschuwen|1.0
w:wordt|bekritiseren|-0.79
w:wordt|interpreteren|0.96
w:wordt|geruststellen|-1.0
w:wordt|afleiden|-0.98
w:yara|parafrase|-1.0
w:yara|gevoelsreflectie|1.0
w:yara|samenvatting|-1.0
w:yara|open-vraag|-1.0
w:yusuf|parafrase|-0.99
w:yusuf|samenvatting|0.97
w:yusuf|open-vraag|-0.95
w:zachter|bevelen|0.97
w:zachter|geruststellen|-0.97
w:zag|ik-boodschap|-0.71
w:zak|ik-boodschap|-1.0
w:zak|geruststellen|1.0
w:zakken|ik-boodschap|-0.95
w:zakken|parafrase|-0.95
w:zakken|samenvatting|0.95
w:zakken|waarschuwen|-0.96
w:zakt|ik-boodschap|0.94
w:zakt|jij-boodschap|-0.43
w:zakt|bekritiseren|-0.94
w:zal|waarschuwen|0.99
w:zal|vervolgafspraak|0.98
w:zat|ik-boodschap|-0.71
w:zat|open-vraag|0.59
w:zaterdag|open-vraag|-1.57
w:zaterdag|afleiden|1.69
w:ze|parafrase|-1.7
w:ze|gevoelsreflectie|-0.98
w:ze|bevelen|-0.62
w:ze|waarschuwen|-0.99
w:ze|adviseren|-0.95
w:ze|argumenteren|0.12
w:ze|bekritiseren|-1.49
w:ze|prijzen|0.72
w:ze|etiketteren|-0.91
w:ze|interpreteren|1.81
w:ze|geruststellen|-0.71
w:ze|ondervragen|0.5
w:ze|afleiden|-1.92
w:ze|vervolgafspraak|0.97
w:ze|bedanken|-1.01
w:zeg|ik-boodschap|-0.92
w:zeg|aanmoediging|-0.9
w:zeg|bevelen|-0.99
w:zeg|etiketteren|0.87
w:zeg|interpreteren|0.82
w:zeg|geruststellen|0.95
w:zeg|afleiden|0.98
w:zeggen|parafrase|0.84
w:zeggen|gevoelsreflectie|-0.83
w:zeggen|bekritiseren|-0.9
w:zegt|ik-boodschap|-0.97
w:zegt|jij-boodschap|-0.83
w:zegt|parafrase|0.96
w:zegt|gevoelsreflectie|-0.96
w:zegt|samenvatting|-1.78
w:zegt|open-vraag|-1.0
w:zegt|aanmoediging|0.97
w:zegt|bevelen|-0.97
w:zegt|moraliseren|1.98
w:zegt|argumenteren|-1.0
w:zegt|bekritiseren|-1.44
w:zegt|prijzen|-0.99
w:zegt|interpreteren|-0.84
w:zegt|geruststellen|0.79
w:zegt|vervolgafspraak|-0.92
w:zegt|bedanken|-0.75
w:zei|parafrase|-1.0
w:zei|moraliseren|0.86
w:zei|adviseren|-0.96
w:zei|interpreteren|-0.99
w:zei|afleiden|-0.95
w:zeker|gevoelsreflectie|-0.85
w:zeker|waarschuwen|-0.95
w:zeker|prijzen|0.97
w:zeker|geruststellen|0.99
w:zelf|jij-boodschap|1.76
w:zelf|gevoelsreflectie|-1.01
w:zelf|samenvatting|-1.95
w:zelf|open-vraag|0.94
w:zelf|aanmoediging|-1.0
w:zelf|bevelen|1.33
w:zelf|adviseren|0.92
w:zelf|bekritiseren|0.87
w:zelf|prijzen|-1.0
w:zelf|interpreteren|1.92
w:zelf|ondervragen|-1.82
w:zelf|vervolgafspraak|-1.63
w:zelf|bedanken|-0.21
w:zenuwachtig|ik-boodschap|-1.0
w:zenuwachtig|geruststellen|0.9
w:zenuwen|geruststellen|-0.93
w:zes|argumenteren|0.75
w:zes|afleiden|-0.97
w:zet|samenvatting|1.0
w:zet|bevelen|1.0
w:zet|adviseren|0.98
w:zet|bekritiseren|0.1
w:zet|interpreteren|-1.0
w:zet|vervolgafspraak|0.97
w:zetten|adviseren|0.9
w:zetten|argumenteren|-0.99
w:zetten|vervolgafspraak|-1.88
w:zeurpiet|etiketteren|0.87
w:zich|ik-boodschap|-1.95
w:zich|jij-boodschap|0.91
w:zich|parafrase|-1.96
w:zich|gevoelsreflectie|1.06
w:zich|samenvatting|0.99
w:zich|open-vraag|-1.87
w:zich|aanmoediging|-0.86
w:zich|bevelen|0.36
w:zich|moraliseren|-0.98
w:zich|bekritiseren|2.46
w:zich|prijzen|-0.99
w:zich|etiketteren|-0.99
w:zich|interpreteren|1.93
w:zich|ondervragen|-0.99
w:zich|bedanken|-0.1
w:zie|ik-boodschap|1.0
w:zie|jij-boodschap|-0.75
w:zie|parafrase|-1.89
w:zie|gevoelsreflectie|1.28
w:zie|samenvatting|-1.95
w:zie|open-vraag|0.23
w:zie|bevelen|0.52
w:zie|waarschuwen|0.99
w:zie|adviseren|0.87
w:zie|bekritiseren|-2.73
w:zie|geruststellen|-0.92
w:zie|ondervragen|-1.0
w:zie|afleiden|-0.97
w:zie|afronding-aankondigen|0.95
w:zie|vervolgafspraak|1.81
w:zie|bedanken|0.53
w:ziek|interpreteren|0.99
w:ziekmelding|ik-boodschap|0.92
w:ziekmelding|waarschuwen|-0.92
w:ziekmelding|adviseren|-0.92
w:ziekte|samenvatting|0.96
w:ziekte|vervolgafspraak|0.96
w:zielig|waarschuwen|-0.99
w:zien|ik-boodschap|1.84
w:zien|parafrase|-0.99
w:zien|open-vraag|-0.97
w:zien|moraliseren|-0.94
w:zien|prijzen|-0.98
w:zien|interpreteren|-0.99
w:zien|afronding-aankondigen|-0.94
w:ziens|waarschuwen|-0.92
w:ziet|open-vraag|1.91
w:ziet|bekritiseren|-1.67
w:ziet|prijzen|1.7
w:ziet|geruststellen|-0.86
w:ziet|vervolgafspraak|-0.87
w:zij|gevoelsreflectie|-1.0
w:zij|samenvatting|-0.96
w:zij|bevelen|-1.0
w:zij|bekritiseren|0.19
w:zij|geruststellen|-0.99
w:zij|afronding-aankondigen|-1.0
w:zijn|ik-boodschap|1.03
w:zijn|jij-boodschap|-1.33
w:zijn|parafrase|-1.9
w:zijn|gevoelsreflectie|0.19
w:zijn|samenvatting|0.95
w:zijn|open-vraag|-0.93
w:zijn|aanmoediging|-1.72
w:zijn|bevelen|-1.44
w:zijn|waarschuwen|-0.13
w:zijn|argumenteren|-1.27
w:zijn|bekritiseren|-1.84
w:zijn|prijzen|-1.81
w:zijn|etiketteren|-0.91
w:zijn|interpreteren|-0.93
w:zijn|geruststellen|0.84
w:zijn|afleiden|-0.88
w:zijn|vervolgafspraak|1.81
w:zijn|bedanken|-0.48
w:zin|jij-boodschap|0.97
w:zin|open-vraag|1.0
w:zin|bevelen|-0.98
w:zin|adviseren|-0.98
w:zin|bekritiseren|0.92
w:zin|interpreteren|-0.99
w:zin|ondervragen|-0.96
w:zit|ik-boodschap|2.79
w:zit|jij-boodschap|-0.52
w:zit|samenvatting|-0.98
w:zit|aanmoediging|-0.64
w:zit|bevelen|-0.77
w:zit|waarschuwen|-0.92
w:zit|moraliseren|-0.96
w:zit|argumenteren|-1.15
w:zit|bekritiseren|3.03
w:zit|etiketteren|-0.98
w:zit|interpreteren|-0.93
w:zit|afronding-aankondigen|-0.94
w:zit|bedanken|-0.95
w:zitten|ik-boodschap|-0.11
w:zitten|gevoelsreflectie|-0.88
w:zitten|samenvatting|0.96
w:zitten|open-vraag|0.99
w:zitten|aanmoediging|-0.99
w:zitten|bevelen|2.03
w:zitten|waarschuwen|1.03
w:zitten|moraliseren|-0.99
w:zitten|bekritiseren|-0.9
w:zitten|ondervragen|-1.0
w:zitten|afronding-aankondigen|-0.99
w:zitten|vervolgafspraak|1.93
w:zo|jij-boodschap|-0.82
w:zo|gevoelsreflectie|-0.97
w:zo|samenvatting|-0.93
w:zo|bevelen|-2.23
w:zo|waarschuwen|-0.92
w:zo|adviseren|-0.97
w:zo|argumenteren|-2.3
w:zo|bekritiseren|-2.53
w:zo|prijzen|1.31
w:zo|etiketteren|0.1
w:zo|interpreteren|-0.8
w:zo|ondervragen|-1.86
w:zo|afleiden|0.2
w:zo|vervolgafspraak|-2.81
w:zo'n|jij-boodschap|-1.0
w:zo'n|gevoelsreflectie|-0.99
w:zo'n|bevelen|-0.99
w:zo'n|waarschuwen|0.94
w:zo'n|moraliseren|-0.96
w:zo'n|adviseren|0.99
w:zo'n|bekritiseren|0.29
w:zo'n|prijzen|1.13
w:zo'n|etiketteren|1.02
w:zo'n|interpreteren|-1.87
w:zo'n|geruststellen|-1.76
w:zoekt|bevelen|-0.91
w:zomer|open-vraag|-0.92
w:zomer|afleiden|0.8
w:zondag|adviseren|0.93
w:zonde|ik-boodschap|0.98
w:zonder|ik-boodschap|1.0
w:zonder|jij-boodschap|-1.0
w:zonder|parafrase|-0.91
w:zonder|open-vraag|1.0
w:zonder|bevelen|1.0
w:zonder|argumenteren|0.95
w:zonder|bekritiseren|-0.26
w:zonder|etiketteren|-0.95
w:zooi|bekritiseren|0.99
w:zooi|etiketteren|-0.99
w:zoon|jij-boodschap|0.92
w:zoon|samenvatting|-0.99
w:zoon|moraliseren|-0.99
w:zorg|parafrase|-1.0
w:zorgcoordinator|ik-boodschap|-0.88
w:zorgcoördinator|samenvatting|0.93
w:zorgcoördinator|argumenteren|-0.76
w:zorgcoördinator|afronding-aankondigen|0.97
w:zorgcoördinator|vervolgafspraak|1.9
w:zorgelijk|open-vraag|0.95
w:zorgen|parafrase|-1.94
w:zorgen|gevoelsreflectie|0.92
w:zorgen|samenvatting|1.0
w:zorgen|open-vraag|0.84
w:zorgen|aanmoediging|-0.86
w:zorgen|bevelen|-0.11
w:zorgen|waarschuwen|-0.81
w:zorgen|moraliseren|-0.98
w:zorgen|argumenteren|-0.97
w:zorgen|interpreteren|-1.94
w:zorgen|geruststellen|-0.96
w:zorgen|afleiden|-0.99
w:zorgen|vervolgafspraak|-0.91
w:zorgpunten|argumenteren|-0.96
w:zorgt|open-vraag|-1.0
w:zorgt|bevelen|0.95
w:zou|open-vraag|0.95
w:zou|waarschuwen|-2.96
w:zou|moraliseren|0.93
w:zou|adviseren|3.68
w:zou|bekritiseren|0.15
w:zou|etiketteren|-1.0
w:zouden|open-vraag|-0.99
w:zoveel|ik-boodschap|-0.93
w:zoveel|argumenteren|0.96
w:zoveel|interpreteren|0.93
w:zoveel|geruststellen|0.94
w:zoë|ik-boodschap|0.71
w:zoë|parafrase|1.0
w:zoë|gevoelsreflectie|-1.0
w:zoë|open-vraag|1.89
w:zulke|geruststellen|-0.99
w:zulke|afleiden|0.99
w:zullen|samenvatting|-1.85
w:zullen|aanmoediging|-1.0
w:zullen|ondervragen|-1.0
w:zullen|afleiden|0.92
w:zullen|afronding-aankondigen|-1.0
w:zullen|vervolgafspraak|1.91
w:zult|bevelen|0.99
w:zult|moraliseren|-1.0
w:zult|bekritiseren|-1.0
w:zus|ik-boodschap|-0.91
w:zus|waarschuwen|-1.0
w:zus|afleiden|1.0
w:zwaar|ik-boodschap|0.99
w:zwaar|gevoelsreflectie|0.85
w:zwaar|moraliseren|-0.86
w:zwaar|bekritiseren|-0.96
w:zwaar|interpreteren|-0.97
w:zwaar|afleiden|1.71
w:zwaarst|open-vraag|0.75
w:zwaarst|vervolgafspraak|-0.97
w:zwart|argumenteren|0.95
w:één|ik-boodschap|0.71
w:één|parafrase|-0.91
w:één|samenvatting|-0.93
w:één|open-vraag|0.92
w:één|bevelen|-0.95
w:één|waarschuwen|0.99
w:één|adviseren|-0.99
w:één|bekritiseren|-0.84
w:één|prijzen|-0.99
"""#
}
