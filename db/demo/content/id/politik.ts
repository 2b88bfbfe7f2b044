// Demo articles, Bahasa Indonesia edition: Politik. Fiction written for this project.
import 'server-only';
import type { DemoArticle } from '../types';

export const ID_POLITIK: DemoArticle[] = [
  {
    title: 'Dewan kota sahkan anggaran yang mendahulukan bus ketimbang gedung konvensi',
    translationOf: 'Council passes budget that puts buses ahead of the convention centre',
    summary:
      'Setelah sidang sembilan jam, anggota dewan memutuskan dengan suara 11 lawan 6 untuk mengalihkan 14 juta dari proyek gedung konvensi yang mandek ke rute bus malam dan perbaikan jalan.',
    author: 'budi',
    section: 'Politik',
    tags: ['Dewan Kota', 'Anggaran', 'Transportasi'],
    daysAgo: 2,
    at: '22:10',
    image: {
      key: 'demo-cityhall',
      caption: 'Ruang sidang dewan di balai kota bersidang hingga menjelang tengah malam pada hari Selasa.',
      credit: 'Ilustrasi: Studio demo Newsroom',
    },
    body: [
      'Dewan kota Port Meridian mengesahkan anggaran tahun depan pada Selasa larut malam, mengakhiri perdebatan berminggu-minggu tentang apakah kota mampu membiayai sekaligus gedung konvensi baru di tepi laut Eastbank dan layanan bus yang diminta warga distrik pinggiran sejak pandemi.',
      'Pemungutan suara terakhir, 11 lawan 6, mengalihkan 14 juta dari anggaran desain gedung konvensi dan membaginya untuk tiga rute bus malam, tumpukan perbaikan jalan berlubang, serta uji coba tarif gratis bagi warga berusia di bawah delapan belas tahun. Gedung konvensi tidak dibatalkan, tetapi kontrak desainnya tidak akan ditandatangani sebelum tahun anggaran berikutnya.',
      { h2: 'Apa yang berubah bagi warga' },
      {
        list: [
          'Tiga rute bus malam yang menghubungkan Harrow Hill, Kestrel Point, dan rumah sakit, mulai jadwal musim semi.',
          'Naik bus gratis bagi warga di bawah delapan belas tahun selama uji coba satu tahun.',
          'Tambahan 2,1 juta untuk pengaspalan ulang jalan, diprioritaskan berdasarkan survei kondisi jalan milik dewan sendiri.',
          'Pajak properti naik 1,9 persen, di bawah angka inflasi untuk tahun kedua berturut-turut.',
        ],
      },
      'Anggota dewan Ines Varga, ketua komisi keuangan, mengatakan perubahan itu mencerminkan apa yang didengar para anggota dewan dalam serangkaian pertemuan publik sepanjang musim panas. “Tidak ada satu orang pun di pertemuan-pertemuan itu yang meminta gedung konvensi kepada kami,” ujarnya. “Beberapa ratus orang bertanya kepada kami bagaimana caranya pulang setelah giliran kerja malam.”',
      {
        quote:
          'Kami tidak meninggalkan Eastbank. Kami meminta pengembang kembali dengan rencana yang tidak bergantung pada kota untuk dua pertiga dananya.',
        cite: 'Wali Kota Odile Brandt',
      },
      'Pihak yang menentang menilai penundaan ini mengirim sinyal yang keliru kepada investor. Anggota dewan Pieter Mahlangu, yang memilih menolak, mengingatkan bahwa hak opsi pengembang atas lahan tepi laut itu berakhir dalam delapan belas bulan dan kota berisiko kehilangan lahan tersebut kepada proyek perumahan tanpa ruang publik. Anggaran ini berlaku mulai 1 Januari.',
    ],
  },
  {
    title: 'Loket layanan kota kini menyediakan juru bahasa dalam dua belas bahasa',
    summary:
      'Warga yang mengurus izin, pajak, atau sekolah anak di balai kota dan kantor distrik kini bisa meminta juru bahasa tanpa biaya, termasuk dalam bahasa Indonesia dan Arab.',
    author: 'budi',
    section: 'Politik',
    tags: ['Dewan Kota', 'Komunitas', 'Layanan Publik'],
    daysAgo: 8,
    at: '09:15',
    body: [
      'Mulai bulan ini, setiap loket layanan di balai kota Port Meridian dan di empat kantor distrik menyediakan juru bahasa gratis dalam dua belas bahasa, termasuk bahasa Indonesia, Arab, Tagalog, dan Polandia. Warga cukup menunjuk bahasa yang mereka perlukan pada kartu di meja loket; juru bahasa akan tersambung lewat telepon dalam hitungan menit, atau hadir langsung bila dipesan sehari sebelumnya.',
      'Kebijakan ini disetujui komisi layanan warga tanpa suara menolak setelah laporan ombudsman kota mencatat 212 keluhan dalam setahun dari warga yang merasa tidak memahami keputusan tentang tunjangan, izin usaha, atau pendaftaran sekolah anak mereka.',
      { h2: 'Berawal dari dapur sebuah warung' },
      'Sebagian dorongan datang dari komunitas Indonesia di sekitar Greyfriars Street. Selama dua tahun, Ratna Simanjuntak, pemilik warung nasi di Greyfriars Market, membantu tetangganya mengisi formulir kota di meja belakang warungnya, sering kali sambil menggoreng tempe.',
      {
        quote:
          'Orang datang membawa surat dari balai kota dan bertanya apakah mereka sedang didenda. Kadang iya, kadang itu undangan vaksinasi. Seharusnya tidak perlu warung untuk membedakannya.',
        cite: 'Ratna Simanjuntak, pemilik warung di Greyfriars Market',
      },
      'Menurut bagian layanan warga, sekitar 9 persen penduduk Port Meridian menggunakan bahasa selain bahasa Inggris di rumah. Komunitas penutur bahasa Indonesia diperkirakan berjumlah sekitar 4.000 orang, sebagian besar pelaut, pekerja galangan, dan mahasiswa Meridian Polytechnic beserta keluarga mereka.',
      {
        list: [
          'Juru bahasa telepon tersedia setiap hari kerja pukul 08.00–18.00.',
          'Juru bahasa yang hadir langsung dapat dipesan paling lambat sehari sebelumnya.',
          'Surat penting dari dewan kota akan memuat satu kalimat dalam dua belas bahasa tentang cara meminta terjemahan.',
        ],
      },
      'Biaya layanan ini diperkirakan 180.000 per tahun. Anggota dewan Ines Varga mengatakan angka itu lebih kecil daripada biaya menangani banding dan keluhan yang berawal dari salah paham.',
    ],
  },
];
