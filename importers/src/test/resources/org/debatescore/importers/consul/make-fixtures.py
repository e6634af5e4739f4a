#!/usr/bin/env python3
"""Writes the hand-made CONSUL CSV dump fixtures exactly as lib/api/csv_exporter.rb does:
';' separator, every field quoted, ISO-8859-1 bytes. Run from this folder."""
import os

def q(v):
    return '"' + ('' if v is None else str(v)).replace('"', '""') + '"'

def write(folder, name, header, rows, encoding='iso-8859-1'):
    os.makedirs(folder, exist_ok=True)
    text = ''.join(';'.join(q(c) for c in r) + '\n' for r in [header] + rows)
    with open(os.path.join(folder, name), 'wb') as f:
        f.write(text.encode(encoding))

D = 'dump'
write(D, 'geozones.csv', ['id', 'name'], [[1, 'Centro'], [2, 'Chamberí'], [3, 'Tetuán']])

P = ['id', 'title', 'description', 'external_url', 'cached_votes_up', 'comments_count',
     'hot_score', 'confidence_score', 'created_at', 'summary', 'video_url', 'geozone_id',
     'retired_at', 'retired_reason', 'retired_explanation', 'proceeding', 'sub_proceeding']
def prop(id, title, desc, up, created, summary, geo=None, rat=None, rr=None, rx=None):
    return [id, title, desc, None, up, 0, 10, 5, created, summary, None, geo, rat, rr, rx, None, None]
write(D, 'proposals.csv', P, [
    prop(1, 'Más árboles en Chamberí',
         '<p>Plantar <strong>árboles</strong> en la calle&nbsp;Ríos Rosas.</p><p>Segunda línea &amp; más</p>',
         3, '2016-04-19 12:00:00', 'Árboles para el barrio', geo=2),
    prop(2, 'Carril bici en Tetuán', '<p>Un carril bici seguro</p>', 1,
         '2016-05-01 09:00:00 +0200', 'Bicis', geo=3, rat='2017-01-10 10:00:00',
         rr='duplicated', rx='Ya existe otra propuesta igual'),
    prop(3, '<script>alert("x")</script> "; DROP TABLE proposals; --',
         '<img src=x onerror=alert(1)><p>Año nuevo: ñandú</p><script>steal()</script>',
         0, '2016-06-01 08:00:00 UTC', None),
    prop(4, '', '<p>Sin título</p>', 0, '2016-06-02 08:00:00', None),
    prop(5, 'Fuente en la plaza', 'Texto plano sin marcas', 7, 'ayer por la tarde', None, geo=99),
])

DB = ['id', 'title', 'description', 'created_at', 'cached_votes_total', 'cached_votes_up',
      'cached_votes_down', 'comments_count', 'hot_score', 'confidence_score']
write(D, 'debates.csv', DB, [
    [10, '¿Cómo mejorar el transporte?', '<p>Debate sobre el metro y el autobús</p>',
     '2016-04-20 10:00:00', 7, 5, 2, 2, 1, 1],
    [11, 'Fiestas de San Isidro', '', '2016-04-21T11:00:00+02:00', 0, 0, 0, 0, 0, 0],
])

C = ['id', 'commentable_id', 'commentable_type', 'body', 'created_at', 'cached_votes_total',
     'cached_votes_up', 'cached_votes_down', 'ancestry', 'confidence_score']
def com(id, on, typ, body, anc=None, up=0, down=0, created='2016-04-22 10:00:00'):
    return [id, on, typ, body, created, up + down, up, down, anc, 0]
write(D, 'comments.csv', C, [
    com(100, 1, 'Proposal', 'Estoy de acuerdo, ¡qué buena idea!', up=2, down=1),
    com(101, 1, 'Proposal', 'Yo también', anc='100'),
    com(102, 1, 'Proposal', 'Y yo', anc='100/101'),
    com(103, 10, 'Debate', 'El metro va lleno', created='2016-04-22 11:00:00 +0200'),
    com(104, 10, 'Debate', 'Sí,\r\nmucho;\n"demasiado"', anc='103'),
    com(105, 1, 'Proposal', 'Respuesta a un comentario oculto', anc='100/999'),
    com(106, 5, 'Budget::Investment', 'Sobre un proyecto de gasto'),
    com(107, 4, 'Proposal', 'Sobre una propuesta sin título'),
    com(108, 3, 'Proposal', '<b>negrita</b> & "comillas" <script>alert(1)</script>'),
    com(109, 1, 'Proposal', 'Respondo al siguiente', anc='100/110'),
    com(110, 1, 'Proposal', 'Escrito después', anc='100'),
])

V = ['votable_id', 'votable_type', 'vote_flag', 'created_at']
write(D, 'votes.csv', V, [
    [1, 'Proposal', 'true', '2016-04-19 13:00:00'],
    [1, 'Proposal', 'true', '2016-04-19 14:00:00'],
    [1, 'Proposal', 'true', '2016-04-19 15:00:00'],
    [1, 'Proposal', 'false', '2016-04-19 15:00:00'],
    [2, 'Proposal', 'true', '2016-05-02 10:00:00'],
    [2, 'Proposal', 'true', '2016-05-02 11:00:00'],
    [10, 'Debate', 'true', '2016-04-21 10:00:00'],
    [10, 'Debate', 'false', '2016-04-21 10:00:00'],
    [100, 'Comment', 'true', '2016-04-23 10:00:00'],
    [4, 'Proposal', 'true', '2016-06-03 10:00:00'],
    [1, 'Proposal', 'quizás', '2016-06-03 10:00:00'],
])

write(D, 'tags.csv', ['name', 'taggings_count', 'kind'],
      [['educación', 2, 'category'], ['medio ambiente', 1, None]])
write(D, 'taggings.csv', ['tag_id', 'taggable_id', 'taggable_type'],
      [[1, 1, 'Proposal'], [1, 2, 'Proposal'], [2, 10, 'Debate']])
write(D, 'proposal_notifications.csv', ['title', 'body', 'proposal_id', 'created_at'],
      [['Novedades', 'Hemos hablado con el distrito', 1, '2016-07-01 10:00:00']])
with open(os.path.join(D, 'LEEME.txt'), 'wb') as f:
    f.write('Volcado de prueba, no es un CSV de CONSUL.\n'.encode('iso-8859-1'))

# A proposals file with a broken quote on line 3: the first row is read, the rest reported.
M = 'malformed'
os.makedirs(M, exist_ok=True)
good = ';'.join(q(c) for c in P) + '\n' + ';'.join(q(c) for c in prop(1, 'Bien', 'ok', 0, '2016-04-19 12:00:00', None)) + '\n'
bad = '"2";"Título "roto" aquí";"x";"";"0";"0";"0";"0";"2016-04-19 12:00:00";"";"";"";"";"";"";"";""\n'
after = ';'.join(q(c) for c in prop(3, 'Después', 'ok', 0, '2016-04-19 12:00:00', None)) + '\n'
with open(os.path.join(M, 'proposals.csv'), 'wb') as f:
    f.write((good + bad + after).encode('iso-8859-1'))
