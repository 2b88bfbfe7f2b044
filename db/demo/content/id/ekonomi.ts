// Demo articles, Bahasa Indonesia edition: Ekonomi. Fiction written for this project.
import 'server-only';
import type { DemoArticle } from '../types';

export const ID_EKONOMI: DemoArticle[] = [
  {
    title: 'Galangan Halvorsen raih pesanan empat feri listrik',
    translationOf: 'Halvorsen Shipyard wins order for four electric ferries',
    summary:
      'Kontrak senilai 120 juta dari Meridian Ferries menjamin sekitar 600 lapangan kerja di galangan hingga 2029 dan menjadikannya galangan pertama di kawasan ini yang membangun kapal penumpang bertenaga baterai.',
    author: 'amara',
    section: 'Ekonomi',
    tags: ['Lapangan Kerja', 'Energi', 'Pelabuhan'],
    daysAgo: 1,
    at: '09:30',
    image: {
      key: 'demo-port',
      caption: 'Buku pesanan galangan terus bertambah setiap kuartal tahun ini.',
      credit: 'Ilustrasi: Studio demo Newsroom',
    },
    body: [
      'Galangan kapal Halvorsen memenangi kontrak untuk membangun empat feri listrik bertenaga baterai bagi Meridian Ferries. Ini pesanan terbesar dalam 88 tahun sejarah galangan tersebut, dan menjamin pekerjaan bagi sekitar 600 orang hingga akhir dekade ini.',
      'Setiap feri akan mengangkut 400 penumpang dan 60 mobil, menggantikan kapal bermesin diesel di lintasan menuju Kestrel Point dan pulau-pulau. Feri akan mengisi daya di dermaga selama dua belas menit waktu sandar, memanfaatkan sambungan tegangan tinggi baru yang sedang dibangun Tidewater Energy di kedua sisi Narrows.',
      { h2: 'Galangan yang nyaris tutup' },
      'Sepuluh tahun lalu galangan ini memiliki kurang dari 150 karyawan dan bertahan hidup dari pekerjaan reparasi. Direktur utamanya, Solveig Halvorsen, cucu sang pendiri, bertaruh dengan melatih ulang tukang las dan teknisi listrik untuk sistem baterai, sementara para pesaing tetap bertahan dengan diesel.',
      {
        quote:
          'Semua orang bilang feri listrik itu cuma ceruk pasar. Jawaban kami: penyeberangan feri adalah perjalanan yang paling bisa diperkirakan, dan justru itu yang membuatnya sempurna untuk baterai.',
        cite: 'Solveig Halvorsen, direktur utama',
      },
      'Selama masa kontrak, galangan akan menerima sekitar 140 peserta magang, bekerja sama dengan Meridian Polytechnic. Feri pertama dijadwalkan mulai beroperasi pada 2027.',
      'Meridian Ferries menyatakan armada baru ini akan memangkas biaya bahan bakarnya sekitar 70 persen, tetapi belum menyebut apakah penghematan itu akan dinikmati penumpang lewat tarif.',
    ],
  },
  {
    title: 'Toko kelontong Asia di Harrow Hill diselamatkan pelanggannya sendiri',
    summary:
      'Ketika pemiliknya hendak pensiun, 310 pelanggan patungan membeli Toko Sumber Rejeki dan mengubahnya menjadi koperasi. Rak tempe dan kecap manis tetap di tempatnya.',
    author: 'sari',
    section: 'Ekonomi',
    tags: ['Koperasi', 'UMKM', 'Komunitas'],
    daysAgo: 14,
    at: '08:00',
    body: [
      'Selama 23 tahun, Toko Sumber Rejeki di jalan utama Harrow Hill adalah satu-satunya tempat di Port Meridian yang menjual tempe segar setiap Kamis. Ketika pemiliknya, Hendra Gunawan, mengumumkan musim semi lalu bahwa ia akan pensiun dan tidak ada anaknya yang mau meneruskan, para pelanggan memutuskan untuk membeli toko itu sendiri.',
      'Sebanyak 310 orang kini menjadi anggota koperasi yang resmi mengambil alih toko bulan ini. Setiap anggota membayar simpanan pokok 50, dan koperasi meminjam sisanya dari Tideline Credit Union, yang baru saja membuka cabang di jalan yang sama.',
      { h2: 'Bukan hanya pelanggan Indonesia' },
      'Sekitar separuh anggotanya berasal dari keluarga Indonesia, Filipina, dan Vietnam. Separuh lainnya, kata pengurus koperasi, adalah tetangga yang sekadar tidak ingin jalan utama Harrow Hill kehilangan satu lagi toko yang lampunya masih menyala setelah pukul enam sore.',
      {
        quote:
          'Saya pikir akan ada sepuluh orang yang datang ke rapat pertama. Yang datang delapan puluh, dan seorang nenek membawa kue lapis untuk semua.',
        cite: 'Dewi Lestari, ketua koperasi',
      },
      {
        list: [
          'Hendra Gunawan tetap bekerja dua hari seminggu selama setahun untuk mengajari pengurus baru soal pemasok.',
          'Dua karyawan lama dipertahankan dengan kontrak tetap.',
          'Anggota mendapat potongan harga 5 persen dan satu suara dalam rapat tahunan, berapa pun simpanannya.',
        ],
      },
      'Koperasi berencana membuka dapur kecil di bagian belakang toko untuk menjual nasi bungkus pada jam makan siang, bila izin dari dewan kota keluar sebelum akhir tahun.',
    ],
  },
];
