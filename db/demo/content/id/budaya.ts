// Demo articles, Bahasa Indonesia edition: Budaya. Fiction written for this project.
import 'server-only';
import type { DemoArticle } from '../types';

export const ID_BUDAYA: DemoArticle[] = [
  {
    title: 'Festival Lentera kembali ke Old Quay setelah empat tahun',
    translationOf: 'The Lantern Festival returns to the Old Quay after four years',
    summary:
      'Ribuan lentera kertas, buatan lokakarya di seluruh penjuru kota, akan diarak menyusuri dermaga pada Sabtu malam. Panitia memindahkan rute arak-arakan untuk menghindari desak-desakan seperti pada 2021.',
    author: 'hana',
    section: 'Budaya',
    tags: ['Warisan Budaya', 'Musik', 'Kuliner'],
    daysAgo: 6,
    at: '13:00',
    image: {
      key: 'demo-lanterns',
      caption: 'Lokakarya lentera berlangsung di balai-balai warga sepanjang sebulan terakhir.',
      credit: 'Ilustrasi: Studio demo Newsroom',
    },
    body: [
      'Untuk pertama kalinya dalam empat tahun, Festival Lentera akan menerangi Old Quay pada hari Sabtu, dengan arak-arakan lentera kertas buatan sekolah, paduan suara, klub olahraga, dan keluarga dalam lokakarya di seluruh Port Meridian.',
      'Festival ini bermula pada 1978 sebagai pertemuan kecil keluarga nelayan untuk menandai akhir musim ikan haring. Saat dihentikan sementara, festival ini menarik lebih dari 60.000 orang, dan insiden desak-desakan penonton pada 2021 berujung pada evaluasi atas cara penyelenggaraannya.',
      { h2: 'Apa yang berbeda tahun ini' },
      {
        list: [
          'Arak-arakan menempuh rute yang lebih panjang, menyusuri dermaga lalu kembali melewati Lantern Row, agar kerumunan lebih tersebar.',
          'Area menonton memiliki jadwal masuk bergiliran yang gratis dan bisa dipesan secara daring.',
          'Tidak ada lentera yang dilepas mengapung di perairan pelabuhan, karena kekhawatiran soal sampah dan satwa liar.',
          'Kios makanan hanya dijalankan oleh restoran lokal dan kelompok warga.',
        ],
      },
      'Para pemandu lokakarya mengatakan minat warga luar biasa. Balai Greyfriars sampai dua kali kehabisan ranting dedalu untuk rangka lentera.',
      {
        quote:
          'Nenek saya membawa lentera berbentuk ikan haring pada 1978. Tahun ini anak laki-laki saya membawa lentera berbentuk trem. Itulah festival ini.',
        cite: 'Maile Kealoha, relawan lokakarya',
      },
      'Arak-arakan dimulai pukul 19.00. Trem akan beroperasi setiap lima menit hingga tengah malam.',
    ],
  },
  {
    title: 'Gamelan di tepi dermaga: kelompok Sekar Samudra buka kelas gratis untuk umum',
    summary:
      'Kelompok gamelan Jawa tertua di Port Meridian kini mengajar siapa saja setiap Rabu malam di City Museum. Tiga puluh kursi langsung habis dalam sehari.',
    author: 'sari',
    section: 'Budaya',
    tags: ['Musik', 'Warisan Budaya', 'Komunitas'],
    daysAgo: 19,
    at: '18:30',
    body: [
      'Setiap Rabu malam, bunyi bonang dan gong kini terdengar dari lantai dasar City Museum di Old Quay. Sekar Samudra, kelompok gamelan Jawa yang sudah 31 tahun berlatih di ruang belakang sebuah gereja di Greyfriars, membuka kelas gratis untuk siapa pun yang ingin belajar, tanpa perlu bisa membaca not.',
      'Perangkat gamelan perunggu milik kelompok itu dibawa dari Surakarta pada 1994 oleh pendirinya, almarhum Soedarsono, seorang insinyur kapal yang bekerja di galangan Halvorsen. Museum menawarkan tempat setelah ruang latihan lama dijual, dengan syarat kelompok itu membuka pintunya untuk umum.',
      { h2: 'Belajar dengan telinga' },
      'Tidak ada partitur di kelas ini. Peserta duduk bersila di depan instrumen, mendengarkan, lalu menirukan pola yang dimainkan pengajar hingga seluruh ruangan bergerak dalam satu siklus yang ditandai pukulan gong.',
      {
        quote:
          'Gamelan itu musik gotong royong. Tidak ada solis, tidak ada bintang. Kalau satu orang terlalu keras, semua orang mendengarnya, dan itu pelajaran yang berguna di luar kelas juga.',
        cite: 'Endang Pratiwi, pengajar Sekar Samudra',
      },
      {
        list: [
          'Kelas berlangsung setiap Rabu pukul 19.00–21.00 di lantai dasar City Museum.',
          'Tempat terbatas untuk 30 peserta per semester; daftar tunggu dibuka di situs museum.',
          'Kelompok akan tampil bersama peserta kelas di arak-arakan Festival Lentera.',
        ],
      },
      'Dari 30 peserta semester pertama, kata museum, kurang dari sepertiga berlatar belakang Indonesia. Yang termuda berusia sembilan tahun, yang tertua seorang pensiunan pengemudi trem berusia 78 tahun yang mengaku akhirnya menemukan alat musik yang cocok dengan ketukan rel.',
    ],
  },
];
